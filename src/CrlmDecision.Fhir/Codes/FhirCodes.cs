namespace CrlmDecision.Fhir;

/// <summary>The code systems, profiles and standard codes the mapping reads and writes (see docs/fhir-mapping.md).</summary>
/// <remarks>
/// Every LOINC, SNOMED CT and HGNC code here was checked against a published source; facts with no standard code
/// use <see cref="CrlmFacts"/>, this project's own code system, and say so.
/// </remarks>
public static class FhirCodes
{
    /// <summary>LOINC.</summary>
    public const string Loinc = "http://loinc.org";

    /// <summary>SNOMED CT.</summary>
    public const string Snomed = "http://snomed.info/sct";

    /// <summary>HGNC gene identifiers.</summary>
    public const string Hgnc = "http://www.genenames.org";

    /// <summary>HGVS nomenclature.</summary>
    public const string Hgvs = "http://varnomen.hgvs.org";

    /// <summary>UCUM units.</summary>
    public const string Ucum = "http://unitsofmeasure.org";

    /// <summary>HL7 condition clinical status.</summary>
    public const string ConditionClinical = "http://terminology.hl7.org/CodeSystem/condition-clinical";

    /// <summary>This project's code system for facts with no standard code (not an HL7 or terminology-body code system).</summary>
    public const string CrlmFacts = "https://crlm-decision.example/fhir/CodeSystem/crlm-facts";

    /// <summary>Extension on MedicationStatement/MedicationAdministration: the line of systemic therapy (positiveInt), this project's.</summary>
    public const string LineOfTherapyExtension = "https://crlm-decision.example/fhir/StructureDefinition/line-of-therapy";

    /// <summary>Extension on GuidanceResponse: the SHA-256 of the rule set's content, this project's.</summary>
    public const string RuleSetSha256Extension = "https://crlm-decision.example/fhir/StructureDefinition/rule-set-sha256";

    /// <summary>Extension on DataRequirement: the fact path it asks for, this project's.</summary>
    public const string FactPathExtension = "https://crlm-decision.example/fhir/StructureDefinition/fact-path";

    /// <summary>Canonical base of the rule sets as FHIR PlanDefinitions (this project's).</summary>
    public const string PlanDefinitionBase = "https://crlm-decision.example/fhir/PlanDefinition/";

    /// <summary>Canonical URLs of the profiles written in meta.profile.</summary>
    public static class Profiles
    {
        /// <summary>mCODE CancerPatient.</summary>
        public const string CancerPatient = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-cancer-patient";

        /// <summary>mCODE PrimaryCancerCondition.</summary>
        public const string PrimaryCancerCondition = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-primary-cancer-condition";

        /// <summary>mCODE SecondaryCancerCondition.</summary>
        public const string SecondaryCancerCondition = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-secondary-cancer-condition";

        /// <summary>mCODE ECOGPerformanceStatus.</summary>
        public const string Ecog = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-ecog-performance-status";

        /// <summary>mCODE Tumor (BodyStructure).</summary>
        public const string Tumor = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-tumor";

        /// <summary>mCODE TumorSize.</summary>
        public const string TumorSize = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-tumor-size";

        /// <summary>mCODE TumorMarkerTest.</summary>
        public const string TumorMarkerTest = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-tumor-marker-test";

        /// <summary>mCODE GenomicVariant (a genomics-reporting Variant).</summary>
        public const string GenomicVariant = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-genomic-variant";

        /// <summary>genomics-reporting Microsatellite instability.</summary>
        public const string Msi = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/msi";
    }
}
