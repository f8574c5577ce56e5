using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace CrlmDecision.Fhir.Tests.Support;

internal static class FhirSerialization
{
    public static string Json(Base resource) => resource.ToJson(pretty: true);
}
