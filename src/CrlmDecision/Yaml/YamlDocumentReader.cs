using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CrlmDecision.Yaml;

/// <summary>
/// Reads one YAML or JSON document (JSON is read as YAML flow syntax) into <see cref="YamlNode"/>s through
/// YamlDotNet's event parser. Stricter than YamlDotNet's own object model: duplicate keys, anchors and
/// aliases, every explicit tag, non-scalar keys and multiple documents are refused with their line, and the size,
/// depth and node count are bounded, so an alias bomb or a deeply nested document costs nothing.
/// </summary>
internal static class YamlDocumentReader
{
    /// <summary>Reads the single document of <paramref name="text"/>; null when the text holds no document.</summary>
    public static YamlNode? Read(string text, YamlLimits limits)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > limits.MaxChars)
        {
            throw new YamlSyntaxException(
                string.Create(CultureInfo.InvariantCulture, $"document is {text.Length} characters; at most {limits.MaxChars} are allowed"), 1, 1);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new YamlSyntaxException("document holds a NUL character: binary data is not a facts or rules document", 1, 1);
        }

        var state = new ReadState(new Parser(new StringReader(text)), limits);
        try
        {
            return state.ReadStream();
        }
        catch (YamlException e)
        {
            throw new YamlSyntaxException(Describe(e), (int)e.Start.Line, (int)e.Start.Column);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet fails this way on some malformed input (found by fuzzing: a deep unclosed flow
            // sequence followed by more lines; a tag that is not a valid URI); still malformed input, not a crash.
            throw new YamlSyntaxException("the document is malformed here (an unclosed bracket, a stray tag or quote?)", state.Line, state.Column, state.Path);
        }
    }

    private static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf(": ", StringComparison.Ordinal);
        return (message.StartsWith('(') && close > 0 ? message[(close + 2)..] : message).Trim();
    }

    private sealed class ReadState(IParser parser, YamlLimits limits)
    {
        private int _nodes;

        /// <summary>Path, line and column of the last node started: where a parser failure is reported.</summary>
        public string Path { get; private set; } = "";

        public int Line { get; private set; } = 1;

        public int Column { get; private set; } = 1;

        public YamlNode? ReadStream()
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            var start = parser.Consume<DocumentStart>();
            var root = ReadNode(1, "");
            parser.Consume<DocumentEnd>();
            if (!parser.TryConsume<StreamEnd>(out _))
            {
                throw Error("a file holds one document; found a second one ('---')", parser.Current?.Start ?? start.Start);
            }

            return root is YamlScalar { IsNull: true } ? null : root;
        }

        private YamlNode ReadNode(int depth, string path)
        {
            var current = parser.Current ?? throw new YamlSyntaxException("unexpected end of document", Line, Column, Path);
            (Path, Line, Column) = (path, LineOf(current.Start), ColumnOf(current.Start));
            if (depth > limits.MaxDepth)
            {
                throw Error($"nesting deeper than {limits.MaxDepth} levels", current.Start, path);
            }

            if (++_nodes > limits.MaxNodes)
            {
                throw Error($"more than {limits.MaxNodes} nodes", current.Start, path);
            }

            if (current is AnchorAlias)
            {
                throw Error("aliases (*name) are not allowed: write the value out", current.Start, path);
            }

            if (current is NodeEvent { Anchor.IsEmpty: false })
            {
                throw Error("anchors (&name) are not allowed: write the value out", current.Start, path);
            }

            // Every explicit tag is refused, the core ones too: "!!python/object" expands to tag:yaml.org,2002:...,
            // and "!!str 1" would make a number look like text; a plain document never needs one.
            if (current is NodeEvent { Tag.IsEmpty: false } tagged)
            {
                throw Error($"tags ({tagged.Tag.Value}) are not allowed: write the plain value", current.Start, path);
            }

            return current switch
            {
                Scalar scalar => ReadScalar(scalar),
                SequenceStart => ReadSequence(depth, path),
                MappingStart => ReadMapping(depth, path),
                _ => throw Error($"unexpected {current.GetType().Name}", current.Start, path),
            };
        }

        private YamlScalar ReadScalar(Scalar scalar)
        {
            parser.MoveNext();
            return new YamlScalar(scalar.Value, scalar.Style is not ScalarStyle.Plain, LineOf(scalar.Start), ColumnOf(scalar.Start));
        }

        private YamlSequence ReadSequence(int depth, string path)
        {
            var start = parser.Consume<SequenceStart>();
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(depth + 1, string.Create(CultureInfo.InvariantCulture, $"{path}[{items.Count}]")));
            }

            return new YamlSequence(items, LineOf(start.Start), ColumnOf(start.Start));
        }

        private YamlMapping ReadMapping(int depth, string path)
        {
            var start = parser.Consume<MappingStart>();
            var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyEvent = parser.Current!;
                if (ReadNode(depth + 1, path) is not YamlScalar key)
                {
                    throw Error("a key must be a plain word, not a list or mapping", keyEvent.Start, path);
                }

                var keyPath = path.Length == 0 ? key.Value : path + "." + key.Value;
                if (!seen.TryAdd(key.Value, key.Line))
                {
                    throw new YamlSyntaxException($"duplicate key '{key.Value}' (first at line {seen[key.Value]})", key.Line, key.Column, keyPath);
                }

                entries.Add(new(key, ReadNode(depth + 1, keyPath)));
            }

            return new YamlMapping(entries, LineOf(start.Start), ColumnOf(start.Start));
        }

        private static int LineOf(Mark mark) => (int)Math.Min(mark.Line, int.MaxValue);

        private static int ColumnOf(Mark mark) => (int)Math.Min(mark.Column, int.MaxValue);

        private static YamlSyntaxException Error(string message, Mark mark, string path = "") => new(message, LineOf(mark), ColumnOf(mark), path);
    }
}
