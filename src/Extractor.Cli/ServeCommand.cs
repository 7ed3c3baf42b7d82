using System.CommandLine;
using System.Net;
using Microsoft.Extensions.Hosting;
using Extractor.Web;

namespace Extractor.Cli;

/// <summary>
/// <c>extractor serve --db FILE [--port 5080] [--host 127.0.0.1]</c>: the web page over the store
/// (search, reports, indicators, archive) and its JSON API, until Ctrl+C. It only reads the store,
/// so an ingest can run beside it; it listens on loopback unless told another address.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var database = new Option<FileInfo>("--db") { Description = "The SQLite database file.", Required = true };
        var port = new Option<int>("--port") { Description = "TCP port.", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "Address to listen on: 127.0.0.1 (default, this machine only), localhost, 0.0.0.0 (every network).", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("serve", "Serve the web page and JSON API over the store (read-only).") { database, port, host };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 65535)
            {
                result.AddError("--port: from 1 to 65535");
            }
        });
        host.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } address && address != "localhost" && !IPAddress.TryParse(address, out _))
            {
                result.AddError($"--host: '{address}' is not an IP address or localhost");
            }
        });
        command.SetAction(parse =>
        {
            var db = parse.GetValue(database)!;
            if (!db.Exists)
            {
                Console.Error.WriteLine($"{db.Name}: no such database yet; the page says so until an ingest creates it");
            }

            var app = Site.Build(new SiteOptions(db.FullName, parse.GetValue(host)!, parse.GetValue(port)));
            try
            {
                app.Start();
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"serve: cannot listen on {parse.GetValue(host)}:{parse.GetValue(port)}: {e.Message.ReplaceLineEndings(" ")}");
                return CommandErrors.Failed;
            }

            Console.WriteLine($"serving {db.Name} on {Site.Address(app)} (Ctrl+C stops)");
            app.WaitForShutdown();
            return CommandErrors.Ok;
        });
        return command;
    }
}
