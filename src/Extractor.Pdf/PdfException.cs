namespace Extractor.Pdf;

/// <summary>Base of every error this reader raises on purpose; anything else escaping it is a bug.</summary>
public abstract class PdfException : Exception
{
    private protected PdfException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

/// <summary>The file is damaged beyond what lenient reading recovers.</summary>
public sealed class PdfCorruptException : PdfException
{
    public PdfCorruptException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

/// <summary>A limit of <see cref="PdfReadOptions"/> was reached; <see cref="Limit"/> names the option.</summary>
public sealed class PdfLimitExceededException : PdfException
{
    public PdfLimitExceededException(string limit, string message)
        : base($"{limit} exceeded: {message}") => Limit = limit;

    public string Limit { get; }
}

/// <summary>The file is encrypted and the password given (by default the empty one) does not open it.</summary>
public sealed class PdfPasswordRequiredException : PdfException
{
    public PdfPasswordRequiredException(string message)
        : base(message)
    {
    }
}

/// <summary>The file uses a feature this reader does not implement (another security handler, an unknown filter).</summary>
public sealed class PdfUnsupportedException : PdfException
{
    public PdfUnsupportedException(string message)
        : base(message)
    {
    }
}
