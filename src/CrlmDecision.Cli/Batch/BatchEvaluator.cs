using CrlmDecision.Reports;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;

namespace CrlmDecision.Cli.Batch;

/// <summary>Evaluates one cohort item to its output line; never throws for bad input.</summary>
internal sealed class BatchEvaluator(ICrlmDecisionEngine engine)
{
    /// <summary>The extra top-level key that carries the MDT's actual decision; not part of the facts contract.</summary>
    public const string MdtDecisionKey = "mdtDecision";

    /// <summary>The extra key that marks a generated decision: <c>"mdtDecisionSource": "synthetic"</c>.</summary>
    public const string MdtDecisionSourceKey = "mdtDecisionSource";

    /// <summary>The one value of <see cref="MdtDecisionSourceKey"/>.</summary>
    public const string Synthetic = "synthetic";

    private static readonly JsonSerializerOptions Compact = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public BatchResult Evaluate(BatchItem item)
    {
        TreatmentOption? decision = null;
        var synthetic = false;
        try
        {
            var text = item.Text;
            if (text.Contains(MdtDecisionKey, StringComparison.Ordinal) && text.TrimStart().StartsWith('{'))
            {
                text = StripDecision(text, out decision, out synthetic);
            }

            var document = FactsReader.ReadDocument(text, item.File); // validated once, by Recommend
            var report = engine.Recommend(document);
            var top = report.Options[0];
            return new BatchResult(ReportJson.SerializeCompact(report), top.Option, top.Strength, decision, item.Bytes, synthetic);
        }
        catch (InvalidFactsException e)
        {
            return Error(item, e.Errors, decision);
        }
        catch (JsonException e)
        {
            return Error(item, [new FactsError("", item.Line is null ? (int?)e.LineNumber + 1 : 1, (int?)e.BytePositionInLine + 1, "not valid JSON: " + e.Message)], decision);
        }
        catch (ArgumentException e)
        {
            // JsonNode refuses duplicate keys with an ArgumentException: malformed input, one line, never the run.
            return Error(item, [new FactsError("", 1, null, "not valid JSON: " + e.Message)], decision);
        }
    }

    // Removes mdtDecision and its source (the facts reader refuses unknown keys) and returns what they said.
    private static string StripDecision(string text, out TreatmentOption? decision, out bool synthetic)
    {
        decision = null;
        synthetic = false;
        if (JsonNode.Parse(text) is not JsonObject root)
        {
            return text;
        }

        if (root.TryGetPropertyValue(MdtDecisionSourceKey, out var source))
        {
            root.Remove(MdtDecisionSourceKey);
            synthetic = source is JsonValue marker && marker.TryGetValue<string>(out var said) && said == Synthetic
                ? true
                : throw new InvalidFactsException(null, [new FactsError(MdtDecisionSourceKey, 1, null, $"expected \"{Synthetic}\" (leave the key out for a real MDT decision)")]);
        }

        if (!root.TryGetPropertyValue(MdtDecisionKey, out var value))
        {
            return root.ToJsonString();
        }

        root.Remove(MdtDecisionKey);
        if (value is not JsonValue word || !word.TryGetValue<string>(out var s) || !ContractWords.TryParse<TreatmentOption>(s, out var option))
        {
            throw new InvalidFactsException(null, [new FactsError(MdtDecisionKey, 1, null, "expected one of " + string.Join(", ", ContractWords.All<TreatmentOption>()))]);
        }

        decision = option;
        return root.ToJsonString();
    }

    private static BatchResult Error(BatchItem item, IReadOnlyList<FactsError> errors, TreatmentOption? decision)
    {
        var error = new BatchError(item.Line, item.File, errors.Select(e => new BatchErrorEntry(e.Path, item.Line is null ? e.Line : null, e.Column, e.Message)).ToArray());
        return new BatchResult(JsonSerializer.Serialize(error, Compact), null, null, decision, item.Bytes);
    }
}
