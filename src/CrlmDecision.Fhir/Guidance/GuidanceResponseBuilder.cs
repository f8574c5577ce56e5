using System.Globalization;
using CrlmDecision.Reports;
using Hl7.Fhir.Model;

namespace CrlmDecision.Fhir;

/// <summary>
/// Writes a <see cref="RecommendationReport"/> as a FHIR R4 GuidanceResponse: status <c>success</c>, or
/// <c>data-requested</c> with one dataRequirement per missing fact; the ranked options as the actions of a
/// contained RequestGroup; the citations as RelatedArtifacts with their DOI links.
/// </summary>
/// <remarks>
/// Thread-safe, stateless and deterministic: no dates and no generated ids (occurrenceDateTime is left to the
/// host, which has the clock). The rule set is named by moduleCanonical (<c>PlanDefinition/id|version</c>) and its
/// SHA-256 by an extension.
/// </remarks>
public static class GuidanceResponseBuilder
{
    private const string ResultId = "options";

    /// <summary>Builds the GuidanceResponse for <paramref name="report"/>; <paramref name="requestId"/> becomes requestIdentifier.</summary>
    public static GuidanceResponse Build(RecommendationReport report, string? requestId = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var subject = report.PatientId is null ? null : new ResourceReference("Patient/" + FhirBundleWriter.IdOf(report.PatientId));
        var response = new GuidanceResponse
        {
            Id = "crlm-guidance",
            RequestIdentifier = requestId is null ? null : new Identifier("urn:ietf:rfc:3986", requestId),
            Module = new Canonical(FhirCodes.PlanDefinitionBase + report.RuleSet.Id + "|" + report.RuleSet.Version),
            Status = report.MissingFacts.Count == 0 ? GuidanceResponse.GuidanceResponseStatus.Success : GuidanceResponse.GuidanceResponseStatus.DataRequested,
            Subject = subject,
            Result = new ResourceReference("#" + ResultId),
            DataRequirement = report.MissingFacts.Select(m => FactRequirement.For(m.Fact)).ToList(),
            Note = [
                .. report.FactWarnings.Select(w => new Annotation { Text = $"Check this fact: {w.Path}: {w.Message}" }),
                .. report.Notes.Select(n => new Annotation { Text = n.Text }),
                new Annotation { Text = report.Disclaimer },
            ],
        };
        response.AddExtension(FhirCodes.RuleSetSha256Extension, new FhirString(report.RuleSet.Sha256));
        response.Contained.Add(new RequestGroup
        {
            Id = ResultId,
            Status = RequestStatus.Draft,
            Intent = RequestIntent.Proposal,
            Subject = subject,
            Note = [new Annotation { Text = report.Summary }],
            Action = report.Options.OrderBy(o => o.Rank).Select(o => Action(o, report.Citations)).ToList(),
        });
        return response;
    }

    private static RequestGroup.ActionComponent Action(RankedOption option, IReadOnlyDictionary<string, CitationEntry> citations)
    {
        var strength = option.Strength switch
        {
            Strength.Recommended => "Recommended",
            Strength.Consider => "Consider",
            Strength.NotAdvised => "Not advised",
            _ => "Not assessable",
        };
        var cautions = option.Cautions.Count == 0 ? "" : " Cautions: " + string.Join(" ", option.Cautions.Select(c => c.Text));
        var keys = option.Reasons.Concat(option.Cautions).SelectMany(s => s.Citations).Distinct(StringComparer.Ordinal);
        return new RequestGroup.ActionComponent
        {
            Prefix = option.Rank.ToString(CultureInfo.InvariantCulture),
            Title = option.Title,
            Description = $"{strength}. {string.Join(" ", option.Reasons.Select(r => r.Text))}{cautions}",
            Code = [Hl7Codes.Concept(FhirCodes.CrlmFacts, StrengthCode(option.Strength), strength)],
            Documentation = keys.Where(citations.ContainsKey).Select(k => Citation(k, citations[k])).ToList(),
        };
    }

    private static string StrengthCode(Strength strength) => strength switch
    {
        Strength.Recommended => "recommended",
        Strength.Consider => "consider",
        Strength.NotAdvised => "not-advised",
        _ => "not-assessable",
    };

    private static RelatedArtifact Citation(string key, CitationEntry citation) => new()
    {
        Type = RelatedArtifact.RelatedArtifactType.Citation,
        Label = key,
        Citation = citation.Text,
        Url = citation.Doi is null ? null
            : citation.Doi.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? citation.Doi : "https://doi.org/" + citation.Doi,
    };
}
