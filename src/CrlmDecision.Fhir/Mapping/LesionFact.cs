using CrlmDecision.Facts;

namespace CrlmDecision.Fhir;

/// <summary>A fact of one liver lesion carried by a component of its lesion-assessment Observation.</summary>
internal sealed record LesionFact(string Name, string Code, string Display, FactValue Value, Func<LesionFacts, object?> Get)
{
    /// <summary>Every component, in contract order.</summary>
    public static IReadOnlyList<LesionFact> All { get; } =
    [
        new("depth", CrlmCodes.Depth, "Depth in the parenchyma", FactValue.Word<LesionDepth>(), l => l.Depth == LesionDepth.Unknown ? null : l.Depth),
        new("nearMajorVessel", CrlmCodes.NearMajorVessel, "Within 10 mm of a major hepatic vein, portal pedicle or the IVC", FactValue.Boolean, l => l.NearMajorVessel),
        new("abutsGlissoneanPedicle", CrlmCodes.AbutsGlissoneanPedicle, "In contact with a Glissonean pedicle", FactValue.Boolean, l => l.AbutsGlissoneanPedicle),
        new("adjacentToCriticalStructure", CrlmCodes.AdjacentToCriticalStructure, "Next to bowel, main bile duct, diaphragm, gallbladder or heart", FactValue.Boolean, l => l.AdjacentToCriticalStructure),
        new("adjacentToBileDuct", CrlmCodes.AdjacentToBileDuct, "Abuts the main bile duct or the biliary confluence", FactValue.Boolean, l => l.AdjacentToBileDuct),
        new("adjacentToBowel", CrlmCodes.AdjacentToBowel, "Next to bowel, stomach or duodenum", FactValue.Boolean, l => l.AdjacentToBowel),
        new("visibleOnImaging", CrlmCodes.VisibleOnImaging, "Visible on imaging", FactValue.Boolean, l => l.VisibleOnImaging),
    ];
}
