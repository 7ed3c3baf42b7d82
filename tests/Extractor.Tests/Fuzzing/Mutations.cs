using System.Diagnostics;
using System.IO.Compression;
using Extractor.Reading;

namespace Extractor.Tests.Fuzzing;

/// <summary>
/// Seeded damage to report files as a disk, a transfer or a careless tool does it: bytes flipped, the end cut off,
/// a block cut out or inserted, and inside a DOCX one of its XML parts damaged the same ways and packed again.
/// The tests run a few hundred; the fuzz benchmark (which compiles this file too) runs ten thousand.
/// </summary>
internal static class Mutations
{
    /// <summary>Cases 0 to <paramref name="cases"/> - 1, each written to <paramref name="folder"/>, read and deleted.</summary>
    public static List<FuzzResult> Run(IReadOnlyList<string> originals, int seed, int cases, string folder, ReaderOptions options, int parallelism)
    {
        var results = new FuzzResult[cases];
        Parallel.For(0, cases, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, index =>
        {
            var (name, bytes) = Case(originals, seed, index);
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, bytes);
            results[index] = Read(path, options);
            File.Delete(path);
        });
        return [.. results];
    }

    /// <summary>The samples damaged in turn, case <paramref name="index"/> by its own seed, so that any case can be made again alone.</summary>
    public static (string Name, byte[] Bytes) Case(IReadOnlyList<string> originals, int seed, int index)
    {
        var original = originals[index % originals.Count];
        // Not HashCode.Combine: its seed changes with every process.
        var random = new Random(unchecked((seed * 1_000_003) + index));
        return ($"{index:D5}-{Path.GetFileName(original)}", Apply(File.ReadAllBytes(original), Path.GetExtension(original), random));
    }

    public static byte[] Apply(byte[] original, string extension, Random random) =>
        extension == ".docx" && random.Next(2) == 0 ? DamagedPart(original, random) : Damaged(original, random);

    /// <summary>The file read through the whole reading path, and what came of it.</summary>
    public static FuzzResult Read(string path, ReaderOptions options)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            ReportFile.Read(path, options);
            return new FuzzResult(path, FuzzOutcome.Read, "", clock.Elapsed);
        }
        catch (ReportReadException e)
        {
            // A clean error is one line that names the file; anything else is as bad as a crash.
            var clean = e.Message.StartsWith(Path.GetFileName(path) + ": ", StringComparison.Ordinal) && !e.Message.Contains('\n') && !e.Message.Contains('\r');
            return new FuzzResult(path, clean ? FuzzOutcome.CleanError : FuzzOutcome.Crash, e.Message, clock.Elapsed);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new FuzzResult(path, FuzzOutcome.Crash, e.ToString(), clock.Elapsed);
        }
    }

    private static byte[] Damaged(byte[] original, Random random)
    {
        var bytes = original.ToList();
        switch (random.Next(4))
        {
            case 0:
                for (var flips = random.Next(1, 20); flips > 0 && bytes.Count > 0; flips--)
                {
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                }

                break;
            case 1:
                return original[..random.Next(original.Length)];
            case 2:
                var start = random.Next(bytes.Count);
                bytes.RemoveRange(start, random.Next(Math.Min(bytes.Count - start, 4096) + 1));
                break;
            default:
                // Inserted: a block of the file itself (as a bad copy does) or random bytes.
                var length = random.Next(1, 4096);
                var block = random.Next(2) == 0 && bytes.Count > 0
                    ? original.Skip(random.Next(original.Length)).Take(length).ToArray()
                    : RandomBytes(length, random);
                bytes.InsertRange(random.Next(bytes.Count + 1), block);
                break;
        }

        return [.. bytes];
    }

    /// <summary>One XML part of the package (content types and relationships included) damaged, the package still a valid ZIP.</summary>
    private static byte[] DamagedPart(byte[] original, Random random)
    {
        using var buffer = new MemoryStream();
        buffer.Write(original);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var parts = zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)).ToList();
            var entry = parts[random.Next(parts.Count)];
            byte[] content;
            using (var stream = entry.Open())
            using (var copy = new MemoryStream())
            {
                stream.CopyTo(copy);
                content = copy.ToArray();
            }

            var name = entry.FullName;
            entry.Delete();
            using var replaced = zip.CreateEntry(name).Open();
            replaced.Write(Damaged(content, random));
        }

        return buffer.ToArray();
    }

    private static byte[] RandomBytes(int length, Random random)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}

internal enum FuzzOutcome
{
    Read,
    CleanError,
    Crash,
}

/// <param name="Message">The one-line error of a clean error; the whole exception of a crash.</param>
internal sealed record FuzzResult(string Path, FuzzOutcome Outcome, string Message, TimeSpan Elapsed);
