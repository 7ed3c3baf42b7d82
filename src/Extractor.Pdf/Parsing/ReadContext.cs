using System.Diagnostics;

namespace Extractor.Pdf.Parsing;

/// <summary>What every stage of reading one document shares: its limits, its deadline and its repair log.</summary>
internal sealed class ReadContext
{
    private readonly long _deadline;
    private readonly List<string> _diagnostics = [];

    public ReadContext(PdfReadOptions options)
    {
        Options = options;
        var ticks = (long)(options.Timeout.TotalSeconds * Stopwatch.Frequency);
        _deadline = options.Timeout == TimeSpan.MaxValue ? long.MaxValue : Stopwatch.GetTimestamp() + Math.Max(0, ticks);
    }

    public PdfReadOptions Options { get; }

    public IReadOnlyList<string> Diagnostics => _diagnostics;

    /// <summary>Bytes decoded from every stream so far, those of a stream stopped by a limit included.</summary>
    public long DecodedBytes { get; private set; }

    public void CountDecoded(long bytes) => DecodedBytes += bytes;

    public void CheckDeadline()
    {
        if (Stopwatch.GetTimestamp() > _deadline)
        {
            throw new PdfLimitExceededException(nameof(PdfReadOptions.Timeout), $"reading took longer than {Options.Timeout.TotalSeconds:0.###} s");
        }
    }

    /// <summary>Records a repair; in strict mode a repair is an error.</summary>
    public void Repair(string message)
    {
        if (Options.Strict)
        {
            throw new PdfCorruptException(message);
        }

        // A hostile file can provoke the same repair endlessly; the first thousand tell the story.
        if (_diagnostics.Count < 1000)
        {
            _diagnostics.Add(message);
        }
    }

    /// <summary>Runs a public operation so that only <see cref="PdfException"/>s leave it: anything else a hostile file provokes is reported as corruption.</summary>
    public T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception exception) when (exception is not PdfException and not OutOfMemoryException)
        {
            throw new PdfCorruptException($"unreadable PDF data ({exception.GetType().Name}: {exception.Message})", exception);
        }
    }
}
