using CrlmDecision.Facts;

namespace CrlmDecision.Tests.Support;

/// <summary>Facts documents and records for tests.</summary>
internal static class TestFacts
{
    /// <summary>A complete, valid facts document; replace lines to make variants.</summary>
    public const string ValidYaml = """
        schemaVersion: 1
        patientId: t-001
        phase: pre-treatment
        ecog: 1
        fitForMajorSurgery: yes
        primaryTumor:
          location: left-colon
          resected: true
          nodePositive: no
          timing: metachronous
        molecular:
          ras: wild-type
          braf: wild-type
          msi: mss
        liver:
          lesions:
            - id: L1
              diameterMm: 24
              segment: 7
              depth: superficial
              nearMajorVessel: false
              abutsGlissoneanPedicle: false
              adjacentToCriticalStructure: false
              visibleOnImaging: true
          futureLiverRemnantPercent: 60
          parenchyma: normal
          r0ResectionFeasible: yes
        extrahepaticDisease: none
        ceaNgPerMl: 10
        diseaseFreeIntervalMonths: 20
        recurrence:
          afterLocalLiverTherapy: false
          priorLiverRadiation: false
        systemicTherapy:
          linesReceived: 0
          response: naive
          refractory: false
        postoperativeCtDna: not-tested
        centre:
          laparoscopicLiverExpertise: yes
          available: [resection, ablation, sbrt, sirt, haic, tace]
        """;

    public static PatientFacts Valid() => FactsReader.Read(ValidYaml, "valid.yaml");

    /// <summary>The valid document with the first line starting with <paramref name="startsWith"/> (after indentation) replaced.</summary>
    public static string Replace(string startsWith, string replacement)
    {
        var lines = ValidYaml.Split('\n');
        var index = Array.FindIndex(lines, l => l.TrimStart().StartsWith(startsWith, StringComparison.Ordinal));
        if (index < 0)
        {
            throw new ArgumentException($"no line starts with '{startsWith}'", nameof(startsWith));
        }

        var indent = lines[index][..(lines[index].Length - lines[index].TrimStart().Length)];
        lines[index] = replacement.Length == 0 ? "" : indent + replacement;
        return string.Join('\n', lines);
    }

    /// <summary>The 1-based line of the first line starting with <paramref name="startsWith"/>.</summary>
    public static int LineOf(string yaml, string startsWith) =>
        Array.FindIndex(yaml.Split('\n'), l => l.TrimStart().StartsWith(startsWith, StringComparison.Ordinal)) + 1;
}
