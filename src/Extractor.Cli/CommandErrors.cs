using Extractor.Reading;

namespace Extractor.Cli;

/// <summary>Every failure a user can cause ends as one line on standard error and a non-zero exit code, never a stack trace.</summary>
internal static class CommandErrors
{
    public const int Ok = 0;
    public const int Unreadable = 2;
    public const int Failed = 1;

    public static int Run(Action action)
    {
        try
        {
            action();
            return Ok;
        }
        catch (ReportReadException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return Unreadable;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: {OneLine(e.Message)}");
            return Failed;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine($"error: {OneLine(e.Message)}");
            return Failed;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
