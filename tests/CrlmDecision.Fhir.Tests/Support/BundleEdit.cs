using Hl7.Fhir.Model;

namespace CrlmDecision.Fhir.Tests.Support;

/// <summary>Small edits of a Bundle for tests: take resources out, put resources in, find one by Type/id.</summary>
internal static class BundleEdit
{
    public static Bundle Without(this Bundle bundle, params string[] labels)
    {
        var copy = (Bundle)bundle.DeepCopy();
        var removed = copy.Entry.RemoveAll(e => labels.Contains(e.Resource!.TypeName + "/" + e.Resource.Id, StringComparer.Ordinal));
        Assert.Equal(labels.Length, removed);
        return copy;
    }

    public static Bundle With(this Bundle bundle, params Resource[] resources)
    {
        var copy = (Bundle)bundle.DeepCopy();
        copy.Entry.AddRange(resources.Select(r => new Bundle.EntryComponent { Resource = r }));
        return copy;
    }

    /// <summary>A copy with <paramref name="edit"/> applied to the resource <paramref name="label"/> (Type/id).</summary>
    public static Bundle Edit<T>(this Bundle bundle, string label, Action<T> edit)
        where T : Resource
    {
        var copy = (Bundle)bundle.DeepCopy();
        edit((T)copy.Entry.Single(e => e.Resource!.TypeName + "/" + e.Resource.Id == label).Resource!);
        return copy;
    }

    public static T Find<T>(this Bundle bundle, string id)
        where T : Resource => (T)bundle.Entry.Single(e => e.Resource is T && e.Resource.Id == id).Resource!;

    /// <summary>The errors <see cref="FhirFactsMapper.Map(Bundle)"/> throws for <paramref name="bundle"/>.</summary>
    public static IReadOnlyList<FhirMappingError> MappingErrors(this Bundle bundle) =>
        Assert.Throws<FhirMappingException>(() => FhirFactsMapper.Map(bundle)).Errors;
}
