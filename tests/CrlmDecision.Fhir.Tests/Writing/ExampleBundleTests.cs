using CrlmDecision.Fhir.Tests.Support;
using Hl7.Fhir.Serialization;

namespace CrlmDecision.Fhir.Tests.Writing;

/// <summary>
/// The checked-in Bundles of the docs examples are what <see cref="FhirBundleWriter"/> writes for them, byte for byte.
/// With CRLM_UPDATE_FHIR_BUNDLES=1 the test writes them again into tests/CrlmDecision.Fhir.Tests/Bundles/.
/// </summary>
public sealed class ExampleBundleTests
{
    [Theory]
    [MemberData(nameof(Examples.DocsExamples), MemberType = typeof(Examples))]
    public void Write_DocsExample_EqualsCheckedInBundle(string name)
    {
        var json = FhirBundleWriter.Write(Examples.DocsFacts(name)).ToJson(pretty: true) + "\n";

        if (Environment.GetEnvironmentVariable("CRLM_UPDATE_FHIR_BUNDLES") == "1")
        {
            File.WriteAllText(Examples.SourcePath(name), json);
        }

        Assert.Equal(File.ReadAllText(Examples.SourcePath(name)).ReplaceLineEndings("\n"), json.ReplaceLineEndings("\n"));
    }
}
