using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;
using Hl7.Fhir.Model;

namespace CrlmDecision.Fhir;

/// <summary>How one fact's value is written in FHIR (valueBoolean, valueInteger, valueQuantity, valueCodeableConcept) and read back.</summary>
internal abstract class FactValue
{
    /// <summary>The value element, e.g. <c>valueInteger</c>.</summary>
    public abstract string Element { get; }

    /// <summary>Reads <paramref name="value"/>; null with <paramref name="error"/> set when it is malformed.</summary>
    public abstract object? Read(DataType? value, out string? error);

    /// <summary>Writes a fact value (as <see cref="Read"/> returns it).</summary>
    public abstract DataType Write(object value);

    public static FactValue Boolean { get; } = new BooleanValue();

    public static FactValue Integer(int min, int max) => new IntegerValue(min, max);

    public static FactValue Quantity(string unit, params (string Code, double Factor)[] accepted) => new QuantityValue(unit, accepted);

    public static FactValue Word<T>()
        where T : struct, Enum => new WordValue<T>();

    public static FactValue Coded(string system, IReadOnlyList<(string Code, string Display, object? Value)> codes) => new CodedValue(system, codes);

    private static string TypeOf(DataType? value) => value is null ? "nothing" : value.TypeName;

    private sealed class BooleanValue : FactValue
    {
        public override string Element => "valueBoolean";

        public override object? Read(DataType? value, out string? error)
        {
            error = value is FhirBoolean { Value: not null } ? null : $"expected valueBoolean (true or false), found {TypeOf(value)}";
            return (value as FhirBoolean)?.Value;
        }

        public override DataType Write(object value) => new FhirBoolean((bool)value);
    }

    private sealed class IntegerValue(int min, int max) : FactValue
    {
        public override string Element => "valueInteger";

        public override object? Read(DataType? value, out string? error)
        {
            if (value is not Hl7.Fhir.Model.Integer { Value: int number })
            {
                error = string.Create(CultureInfo.InvariantCulture, $"expected valueInteger from {min} to {max}, found {TypeOf(value)}");
                return null;
            }

            error = number < min || number > max ? string.Create(CultureInfo.InvariantCulture, $"{number} is out of range; allowed: a whole number from {min} to {max}") : null;
            return error is null ? number : null;
        }

        public override DataType Write(object value) => new Hl7.Fhir.Model.Integer((int)value);
    }

    private sealed class QuantityValue(string unit, (string Code, double Factor)[] accepted) : FactValue
    {
        public override string Element => "valueQuantity";

        public override object? Read(DataType? value, out string? error) => ReadQuantity(value, unit, accepted, out error);

        public override DataType Write(object value) => new Hl7.Fhir.Model.Quantity((decimal)(double)value, unit, FhirCodes.Ucum) { Unit = unit };
    }

    /// <summary>Reads a Quantity in one of the accepted UCUM units, converted to the first unit.</summary>
    public static double? ReadQuantity(DataType? value, string unit, (string Code, double Factor)[] accepted, out string? error)
    {
        var allowed = string.Join(" or ", accepted.Select(a => $"'{a.Code}'"));
        if (value is not Hl7.Fhir.Model.Quantity { Value: decimal number } quantity)
        {
            error = $"expected a valueQuantity with a value in UCUM {allowed}, found {TypeOf(value)}";
            return null;
        }

        var code = quantity.Code ?? quantity.Unit;
        var match = accepted.Where(a => string.Equals(a.Code, code, StringComparison.Ordinal)).ToList();
        if (match.Count == 0 || (quantity.System is not null && quantity.System != FhirCodes.Ucum))
        {
            error = $"unit '{code ?? "(none)"}' is not allowed; allowed: UCUM {allowed} (stored in {unit})";
            return null;
        }

        if (quantity.Comparator is not null)
        {
            error = $"a comparator ('{quantity.ComparatorElement?.JsonValue}') is not a value; give the measured value";
            return null;
        }

        error = null;
        return (double)number * match[0].Factor;
    }

    private sealed class WordValue<T> : FactValue
        where T : struct, Enum
    {
        private static readonly IReadOnlyList<(string Word, T Value)> Words = typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name, (T)f.GetValue(null)!))
            .ToArray();

        public override string Element => "valueCodeableConcept";

        public override object? Read(DataType? value, out string? error)
        {
            var codes = (value as CodeableConcept)?.Coding.Where(c => c.System == FhirCodes.CrlmFacts).Select(c => c.Code).ToList() ?? [];
            var found = Words.Where(w => codes.Contains(w.Word, StringComparer.Ordinal)).ToList();
            error = found.Count == 1 ? null
                : $"expected a valueCodeableConcept with one code of {FhirCodes.CrlmFacts}: {string.Join(", ", Words.Select(w => w.Word))}; found {Describe(value)}";
            return found.Count == 1 ? found[0].Value : null;
        }

        public override DataType Write(object value)
        {
            var word = Words.Single(w => w.Value.Equals((T)value)).Word;
            return Hl7Codes.Concept(FhirCodes.CrlmFacts, word, word);
        }
    }

    private sealed class CodedValue(string system, IReadOnlyList<(string Code, string Display, object? Value)> codes) : FactValue
    {
        public override string Element => "valueCodeableConcept";

        public override object? Read(DataType? value, out string? error)
        {
            var given = (value as CodeableConcept)?.Coding.Where(c => c.System == system).Select(c => c.Code).ToList() ?? [];
            var found = codes.Where(c => given.Contains(c.Code, StringComparer.Ordinal)).ToList();
            error = found.Count == 1 ? null
                : $"expected a valueCodeableConcept with one code of {system}: {string.Join(", ", codes.Select(c => $"{c.Code} ({c.Display})"))}; found {Describe(value)}";
            return found.Count == 1 ? found[0].Value ?? Unknown : null;
        }

        public override DataType Write(object value)
        {
            var code = codes.First(c => Equals(c.Value, value));
            return Hl7Codes.Concept(system, code.Code, code.Display);
        }
    }

    /// <summary>A coded value that is valid and means the fact is unknown (e.g. an indeterminate result).</summary>
    public static object Unknown { get; } = new();

    public static string Describe(DataType? value) => value switch
    {
        CodeableConcept concept when concept.Coding.Count > 0 => string.Join(", ", concept.Coding.Select(c => $"{c.System}|{c.Code}")),
        CodeableConcept concept => concept.Text is null ? "a CodeableConcept with no coding" : $"text only ('{concept.Text}')",
        null => "nothing",
        _ => value.TypeName,
    };
}
