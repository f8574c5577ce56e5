using System.Globalization;
using CrlmDecision.Facts;
using CrlmDecision.RuleModel;

namespace CrlmDecision.Mutation;

/// <summary>
/// The wrong edits of a rule set, one rule or derived fact at a time, as changes of its file's text: every number a
/// condition compares with moved one unit to each side, every comparison's boundary flipped, every <c>&amp;&amp;</c>/<c>||</c>
/// swapped, every <c>!</c> removed, every effect changed to its neighbours, every <c>suppresses</c> entry dropped.
/// </summary>
internal static class MutantGenerator
{
    // Effects by their default score: a neighbour is the nearest wrong word an author could write.
    private static readonly string[] Effects = ["recommend", "consider", "inform", "caution", "advise-against"];

    private static readonly Dictionary<string, string> FlippedBoundary = new(StringComparer.Ordinal) { ["<"] = "<=", ["<="] = "<", [">"] = ">=", [">="] = ">" };

    public static IReadOnlyList<MutantEdit> Of(RuleSetDefinition definition, IReadOnlyList<RuleSetFile> files, IReadOnlyCollection<string> only)
    {
        var texts = files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
        var starts = definition.Rules.Select(r => (r.File, r.Line)).Concat(definition.Derived.Select(d => (d.File, d.Line))).ToArray();
        var derivedTypes = definition.Derived.ToDictionary(d => d.Name, StringComparer.Ordinal);
        var edits = new List<MutantEdit>();
        foreach (var derived in definition.Derived.Where(d => only.Count == 0 || only.Contains(d.Name)))
        {
            var block = Block.Of(texts[derived.File], derived.Line, starts.Where(s => s.File == derived.File).Select(s => s.Line));
            var target = new Target(derived.Name, true, derived.File, derived.Line);
            edits.AddRange(ExpressionEdits(target, texts[derived.File], block.Value("expression"), derivedTypes));
        }

        foreach (var rule in definition.Rules.Where(r => only.Count == 0 || only.Contains(r.Id)))
        {
            var text = texts[rule.File];
            var block = Block.Of(text, rule.Line, starts.Where(s => s.File == rule.File).Select(s => s.Line));
            var target = new Target(rule.Id, false, rule.File, rule.Line);
            edits.AddRange(ExpressionEdits(target, text, block.Value("when"), derivedTypes));
            if (rule.Target.Options.Count > 0 && block.Value("effect") is { } effect)
            {
                edits.AddRange(EffectEdits(target, rule, text, effect));
            }

            if (rule.Suppresses.Count > 0 && block.Value("suppresses") is { } suppresses)
            {
                edits.AddRange(SuppressionEdits(target, rule, suppresses));
            }
        }

        return edits;
    }

    private static IEnumerable<MutantEdit> ExpressionEdits(Target target, string text, (int Start, int End)? region, Dictionary<string, DerivedFactDefinition> derivedTypes)
    {
        if (region is not { } r)
        {
            yield break;
        }

        var tokens = ExpressionTokens.Of(text, r.Start, r.End);
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.IsComparison && Compared(tokens, k, derivedTypes) is { } compared)
            {
                foreach (var edit in ComparisonEdits(target, tokens, k, compared))
                {
                    yield return edit;
                }
            }
            else if (token.Text is "&&" or "||")
            {
                var other = token.Text == "&&" ? "||" : "&&";
                var words = token.Text == "&&" ? "'and' (&&)" : "'or' (||)";
                yield return Edit(target, MutationKind.Logic, token, other, Around(tokens, k, token.Text, other),
                    $"{words} in `{Context(tokens, k)}`", "a patient for whom one side holds and the other does not would show it");
            }
            else if (token.Text == "!" && k + 1 < tokens.Count)
            {
                var operand = tokens[k + 1].Text == "(" ? "(...)" : tokens[k + 1].Text;
                yield return Edit(target, MutationKind.Negation, token, "", $"`!{operand}` -> `{operand}`",
                    $"'not' before {operand}", $"a patient for whom {operand} decides the {(target.IsDerived ? "derived fact" : "rule")} would show it");
            }
        }
    }

    // The fact and constant of a comparison `fact OP number` (or `number OP fact`, mirrored).
    private static (string Fact, FactRange? Range, bool Whole, string Op, int Number)? Compared(IReadOnlyList<ExpressionToken> tokens, int k, Dictionary<string, DerivedFactDefinition> derivedTypes)
    {
        if (k == 0 || k + 1 >= tokens.Count)
        {
            return null;
        }

        var (left, right) = (tokens[k - 1], tokens[k + 1]);
        var (path, number, op) = left.Kind == TokenKind.Number && right.Kind == TokenKind.Path ? (right, k - 1, Mirror(tokens[k].Text))
            : right.Kind == TokenKind.Number && (left.Kind == TokenKind.Path || left.Text == ")") ? (left, k + 1, tokens[k].Text)
            : (default, -1, "");
        if (number < 0)
        {
            return null;
        }

        if (path.Text.StartsWith("d.", StringComparison.Ordinal))
        {
            var name = char.ToLowerInvariant(path.Text[2]) + path.Text[3..];
            var derived = derivedTypes.GetValueOrDefault(name);
            var range = derived?.Expression == LesionCountExpression ? FactRanges.LesionCount : derived is not null ? CountOfConditions(derived) : null;
            return (name, Narrowed(range, name, tokens, k), derived?.Type == "integer", op, number);
        }

        if (FactCatalog.All.FirstOrDefault(f => f.Expression == path.Text) is { } fact)
        {
            return (fact.Path, Narrowed(FactValues.Range(fact.Path), fact.Path, tokens, k), fact.Type == typeof(int) || fact.Type == typeof(int?), op, number);
        }

        return (path.Kind == TokenKind.Path ? path.Text : "the value before it", null, false, op, number);
    }

    // A derived fact that is the lesion count has the contract's range of liver.lesionCount.
    private const string LesionCountExpression = "p.Liver.Lesions.Count()";

    // The contract ties the lesion count to the phase (FactsValidator): a pre-treatment patient has at least one
    // lesion. The phase is never unknown, so where the comparison stands in a conjunction with `phase ==
    // pre-treatment`, the count's range starts at 1 there. (A course on therapy also needs a line, but its response and
    // refractory flag may be unknown, and `unknown && x` is not false: that guard proves nothing, so it is not used.)
    private static FactRange? Narrowed(FactRange? range, string fact, IReadOnlyList<ExpressionToken> tokens, int k)
    {
        if (range is null)
        {
            return null;
        }

        var atLeastOne = fact == "lesionCount" && Conjuncts(tokens, k).Contains("p.Phase == \"pre-treatment\"");
        return atLeastOne && range.Min < 1 ? new FactRange(1, range.Max, "lesions before treatment") : range;
    }

    // The conditions the token at k is and-ed with: its own group's and each enclosing group's parts, as long as no
    // group on the way is an `||` or the argument of a call (a lambda inside Any is not a condition on the patient).
    private static HashSet<string> Conjuncts(IReadOnlyList<ExpressionToken> tokens, int k)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var (open, close) = (k, k);
        while (true)
        {
            (open, close) = (Enclosing(tokens, open, -1), Enclosing(tokens, close, +1));
            // A group's parts count only when the whole group is a conjunction: one `||` in it and none of them is implied.
            var depth = 0;
            var group = new List<string>();
            for (var i = open + 1; i < close; i++)
            {
                depth += tokens[i].Text == "(" ? 1 : tokens[i].Text == ")" ? -1 : 0;
                if (depth == 0 && tokens[i].Text == "||")
                {
                    return found;
                }

                if (depth == 0 && tokens[i].Kind == TokenKind.Path && (i + 1 >= close || tokens[i + 1].Text is "&&" or ")"))
                {
                    group.Add(tokens[i].Text);
                }
                else if (depth == 0 && i + 2 < close && tokens[i].Kind == TokenKind.Path && tokens[i + 1].Text == "==" && tokens[i + 2].Kind == TokenKind.Text)
                {
                    group.Add($"{tokens[i].Text} == {tokens[i + 2].Text}");
                }
            }

            found.UnionWith(group);

            if (open < 0 || (open > 0 && tokens[open - 1].Kind == TokenKind.Path))
            {
                return found;
            }
        }
    }

    // The index of the parenthesis enclosing position i, looking left (-1) or right (+1); -1 or Count at the ends.
    private static int Enclosing(IReadOnlyList<ExpressionToken> tokens, int i, int direction)
    {
        var depth = 0;
        for (var j = i + direction; j >= 0 && j < tokens.Count; j += direction)
        {
            var text = tokens[j].Text;
            depth += text == (direction < 0 ? ")" : "(") ? 1 : 0;
            if (text == (direction < 0 ? "(" : ")") && depth-- == 0)
            {
                return j;
            }
        }

        return direction < 0 ? -1 : tokens.Count;
    }

    // A derived integer written as a sum of iif(condition, 1, 0) terms (a score such as the clinical risk score) counts
    // conditions: from 0 to the number of terms, whatever the facts.
    private static FactRange? CountOfConditions(DerivedFactDefinition derived)
    {
        var tokens = ExpressionTokens.Of(derived.Expression, 0, derived.Expression.Length);
        var terms = new List<List<ExpressionToken>> { new() };
        var depth = 0;
        foreach (var token in tokens)
        {
            depth += token.Text == "(" ? 1 : token.Text == ")" ? -1 : 0;
            if (depth == 0 && token.Text == "+")
            {
                terms.Add([]);
            }
            else
            {
                terms[^1].Add(token);
            }
        }

        static bool IsCondition(List<ExpressionToken> t) =>
            t.Count > 6 && t[0].Text == "iif" && string.Concat(t.TakeLast(5).Select(x => x.Text)) == ",1,0)";
        return derived.Type == "integer" && terms.All(IsCondition) ? new FactRange(0, terms.Count, "a count of conditions") : null;
    }

    // True when `p.Phase == "pre-treatment"` is a conjunct of the whole condition (outside parentheses, no || there).
    private static bool RequiresPreTreatment(IReadOnlyList<ExpressionToken> tokens)
    {
        var depth = 0;
        var found = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            depth += tokens[i].Text == "(" ? 1 : tokens[i].Text == ")" ? -1 : 0;
            if (depth == 0 && tokens[i].Text == "||")
            {
                return false;
            }

            found |= depth == 0 && i + 2 < tokens.Count && tokens[i].Text == "p.Phase" && tokens[i + 1].Text == "==" && tokens[i + 2].Text == "\"pre-treatment\"";
        }

        return found;
    }

    private static IEnumerable<MutantEdit> ComparisonEdits(Target target, IReadOnlyList<ExpressionToken> tokens, int k, (string Fact, FactRange? Range, bool Whole, string Op, int Number) compared)
    {
        var numberToken = tokens[compared.Number];
        var t = double.Parse(numberToken.Text, CultureInfo.InvariantCulture);
        var boundary = $"threshold {numberToken.Text} on {compared.Fact}";
        foreach (var moved in new[] { t + 1, t - 1 })
        {
            var after = moved.ToString(CultureInfo.InvariantCulture);
            var comparison = new ComparisonEdit(compared.Fact, compared.Range, compared.Whole, (compared.Op, t), (compared.Op, moved));
            yield return Edit(target, MutationKind.Threshold, numberToken, after, Written(tokens, k, compared.Number, after), boundary, Hint(comparison)) with { Comparison = comparison };
        }

        if (FlippedBoundary.TryGetValue(tokens[k].Text, out var flipped))
        {
            var op = compared.Number > k ? flipped : Mirror(flipped);
            var comparison = new ComparisonEdit(compared.Fact, compared.Range, compared.Whole, (compared.Op, t), (op, t));
            yield return Edit(target, MutationKind.Boundary, tokens[k], flipped, Written(tokens, k, k, flipped), boundary, Hint(comparison)) with { Comparison = comparison };
        }
    }

    private static string Hint(ComparisonEdit comparison) =>
        comparison.Witness() is { } v ? $"a patient with {comparison.Patient(v)} would show it" : "no allowed value tells them apart";

    private static IEnumerable<MutantEdit> EffectEdits(Target target, RuleDefinition rule, string text, (int Start, int End) region)
    {
        var word = text[region.Start..region.End];
        var at = Array.IndexOf(Effects, word);
        foreach (var neighbour in new[] { at - 1, at + 1 }.Where(i => at >= 0 && i >= 0 && i < Effects.Length).Select(i => Effects[i]))
        {
            var mutant = Mutant(target, MutationKind.Effect, $"effect `{word}` -> `{neighbour}`", $"effect {word}",
                $"a patient for whom {rule.Id} fires and decides what is shown for {string.Join(", ", rule.Target.Options.Select(Words<TreatmentOption>.Of))} would show it");
            yield return new MutantEdit(mutant, region.Start, region.End - region.Start, neighbour);
        }
    }

    private static IEnumerable<MutantEdit> SuppressionEdits(Target target, RuleDefinition rule, (int Start, int End) region)
    {
        foreach (var dropped in rule.Suppresses)
        {
            var kept = "[" + string.Join(", ", rule.Suppresses.Where(s => s != dropped)) + "]";
            var mutant = Mutant(target, MutationKind.Suppression, $"suppresses [{string.Join(", ", rule.Suppresses)}] -> {kept}", $"suppression of {dropped}",
                $"a patient for whom {rule.Id} and {dropped} both fire would show it");
            yield return new MutantEdit(mutant, region.Start, region.End - region.Start, kept);
        }
    }

    private static MutantEdit Edit(Target target, MutationKind kind, ExpressionToken token, string replacement, string edit, string boundary, string hint) =>
        new(Mutant(target, kind, edit, boundary, hint), token.Start, token.Text.Length, replacement);

    private static Mutant Mutant(Target target, MutationKind kind, string edit, string boundary, string hint) => new()
    {
        RuleId = target.Id, IsDerivedFact = target.IsDerived, Kind = kind, File = target.File, Line = target.Line,
        Edit = edit, Boundary = boundary, Hint = hint,
    };

    // `left OP right` -> `left NEW right`, with the tokens next to the edited one.
    private static string Around(IReadOnlyList<ExpressionToken> tokens, int k, string before, string after)
    {
        var left = k > 0 ? tokens[k - 1].Text + " " : "";
        var right = k + 1 < tokens.Count ? " " + tokens[k + 1].Text : "";
        return $"`{left}{before}{right}` -> `{left}{after}{right}`";
    }

    // `fact OP number` -> the same with the token at `replaced` (the operator or the number) replaced.
    private static string Written(IReadOnlyList<ExpressionToken> tokens, int op, int replaced, string after)
    {
        var parts = new[] { op - 1, op, op + 1 }.Select(i => tokens[i].Text).ToArray();
        var edited = parts.ToArray();
        edited[replaced - op + 1] = after;
        return $"`{string.Join(' ', parts)}` -> `{string.Join(' ', edited)}`";
    }

    private static string Context(IReadOnlyList<ExpressionToken> tokens, int k) =>
        string.Join(" ", tokens.Skip(Math.Max(0, k - 3)).Take(k - Math.Max(0, k - 3) + 4).Select(t => t.Text));

    private static string Mirror(string op) => op switch { "<" => ">", "<=" => ">=", ">" => "<", ">=" => "<=", _ => op };

    private sealed record Target(string Id, bool IsDerived, string File, int Line);
}
