using Extractor.Store;

namespace Extractor.Cli;

/// <summary>Store and query errors as one line on standard error, like <see cref="CommandErrors"/> does for unreadable files.</summary>
internal static class StoreErrors
{
    /// <summary>Where a store says it repaired itself (a search index rebuilt): one line on standard error.</summary>
    public static void Notice(string line) => Console.Error.WriteLine($"notice: {line}");

    public static int Run(Func<int> action)
    {
        var code = CommandErrors.Ok;
        try
        {
            var failure = CommandErrors.Run(() => code = action());
            return failure != CommandErrors.Ok ? failure : code;
        }
        catch (QuerySyntaxException e)
        {
            Console.Error.WriteLine($"error: query: {e.Message}");
            return CommandErrors.Failed;
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return CommandErrors.Failed;
        }
    }
}
