using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace Extractor.Cli;

/// <summary><c>extractor reindex --db FILE</c>: builds the search index beside the database again from the stored reports.</summary>
internal static class ReindexCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var command = new Command("reindex", "Build the search index (FILE.lucene beside FILE.db) again from the database.");
        command.Options.Add(store.Database);
        command.SetAction(parse => StoreErrors.Run(() =>
        {
            using var db = store.OpenStore(parse);
            var clock = Stopwatch.StartNew();
            var reports = db.Reindex();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"indexed {reports:N0} reports in {clock.Elapsed.TotalSeconds:N1} s"));
            return CommandErrors.Ok;
        }));
        return command;
    }
}
