using System.Globalization;

namespace Extractor.Extraction;

/// <summary>
/// The comment lines both trained models of models/ open with: what the file is, how to rebuild it, the SHA-256 of the
/// training data (which the staleness tests compare) and how many examples it was trained on.
/// </summary>
internal sealed class TrainedModelHead
{
    public string? TrainingHash { get; private set; }

    public int Examples { get; private set; }

    public static void Write(TextWriter writer, string what, string trainingHash, int examples)
    {
        writer.WriteLine($"# {what}");
        writer.WriteLine("# Rebuild with: extractor train");
        writer.WriteLine($"# training-sha256\t{trainingHash}");
        writer.WriteLine($"# examples\t{examples}");
    }

    /// <summary>Takes the line's cells when they are a head line; false for any other line.</summary>
    public bool Read(string[] cells)
    {
        switch (cells[0])
        {
            case "# training-sha256":
                TrainingHash = cells[1];
                return true;
            case "# examples":
                Examples = int.Parse(cells[1], CultureInfo.InvariantCulture);
                return true;
            default:
                return false;
        }
    }
}
