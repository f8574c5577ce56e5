using System.Text;

namespace CrlmDecision.Cli.Batch;

/// <summary>Reads a cohort lazily: a JSON Lines file (one facts document per line) or a directory of facts files.</summary>
internal static class BatchInput
{
    private static readonly string[] Extensions = [".json", ".yaml", ".yml"];

    /// <summary>Total input size for the progress bar: bytes of a file, or the number of files of a directory.</summary>
    public static long Size(string path) =>
        Directory.Exists(path) ? Files(path).Count : new FileInfo(path).Length;

    /// <summary>The items in input order; blank lines are skipped but keep their line numbers counted.</summary>
    public static IEnumerable<BatchItem> Read(string path)
    {
        if (Directory.Exists(path))
        {
            var sequence = 0L;
            foreach (var file in Files(path))
            {
                var text = File.ReadAllText(file);
                yield return new BatchItem(sequence++, null, Path.GetRelativePath(path, file).Replace('\\', '/'), text, 1);
            }

            yield break;
        }

        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
        var line = 0L;
        var seq = 0L;
        while (reader.ReadLine() is { } text)
        {
            line++;
            var bytes = Encoding.UTF8.GetByteCount(text) + 1;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            yield return new BatchItem(seq++, line, null, text, bytes);
        }
    }

    private static List<string> Files(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
}
