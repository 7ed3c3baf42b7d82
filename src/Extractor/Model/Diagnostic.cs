namespace Extractor.Model;

/// <summary>Something a reader noticed and worked around, e.g. dropped tracked deletions or a skipped part.</summary>
public sealed record Diagnostic(DiagnosticLevel Level, string Message);

public enum DiagnosticLevel
{
    Info,
    Warning,
}
