using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Extractor.Reading;

/// <summary>What an outside program left when it ended.</summary>
internal sealed record ProgramOutput(int ExitCode, string Output, string Errors);

/// <summary>
/// Runs the outside programs readers rely on (Tesseract, LibreOffice, jbig2dec) to the end: arguments passed
/// one by one (no shell), both streams read, and a program that outlives its time limit killed with its whole
/// process tree (soffice leaves soffice.bin running otherwise).
/// </summary>
internal static class OutsideProgram
{
    /// <exception cref="Win32Exception">The program is not there or cannot be started.</exception>
    /// <exception cref="TimeoutException">It ran longer than <paramref name="timeout"/> and was killed.</exception>
    public static async Task<ProgramOutput> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout,
        CancellationToken cancellation, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new Win32Exception($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellation.ThrowIfCancellationRequested();
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"timed out after {timeout.TotalSeconds:0.#} s"));
        }

        return new ProgramOutput(process.ExitCode, await output.ConfigureAwait(false), await errors.ConfigureAwait(false));
    }

    /// <inheritdoc cref="RunAsync"/>
    public static ProgramOutput Run(string program, IEnumerable<string> arguments, TimeSpan timeout) =>
        RunAsync(program, arguments, timeout, CancellationToken.None).GetAwaiter().GetResult();
}
