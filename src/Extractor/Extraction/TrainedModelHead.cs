using System.Globalization;

namespace Extractor.Extraction;

/// <summary>
/// The comment lines the trained models of models/ open with: what the file is, how to rebuild it, the SHA-256 of the
/// training data (which the staleness tests compare) and how many examples it was trained on; and how a model embedded
/// in the library is read.
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

    /// <summary>The model file embedded in the library under <paramref name="resourceName"/>, read; null when the library was built without it.</summary>
    public static T? ReadEmbedded<T>(string resourceName, Func<TextReader, T> read)
        where T : class
    {
        using var stream = System.Reflection.Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return read(reader);
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
