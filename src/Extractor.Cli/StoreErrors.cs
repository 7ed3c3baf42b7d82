using Extractor.Store;

namespace Extractor.Cli;

/// <summary>Store and query errors as one line on standard error, like <see cref="CommandErrors"/> does for unreadable files.</summary>
internal static class StoreErrors
{
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
