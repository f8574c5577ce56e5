using System.Diagnostics;
using System.Diagnostics.Tracing;
using CrlmDecision.Compilation;
using CrlmDecision.Evaluation;
using CrlmDecision.Facts;
using CrlmDecision.Reports;

namespace CrlmDecision.Benchmarks;

/// <summary>
/// The <c>batch-profile FILE [N]</c> mode: where one <c>crlm batch</c> patient's time and allocations go, stage by
/// stage, on one thread over the first N lines of a cohort (the stages read the lines without their mdtDecision; the
/// last row is a batch worker's whole item, mdtDecision included).
/// Not the published throughput: that is <c>crlm batch</c> itself under <c>/usr/bin/time</c>. With <c>types</c>, the
/// runtime's allocation samples (one per ~100 KB allocated) of the reported pass, by type: what the bytes are.
/// </summary>
public static class BatchProfile
{
    public static void Run(string file, int count, bool types)
    {
        using var samples = types ? new AllocationSamples() : null;
        var ruleSet = RuleSet.LoadEmbedded();
        var engine = new CrlmDecisionEngine(ruleSet);
        var raw = File.ReadLines(file).Take(count).ToArray();
        var lines = raw.Select(StripDecision).ToArray();
        var worker = new CrlmDecision.Cli.Batch.BatchEvaluator(engine);
        var stages = new (string Name, long Ticks, long Bytes)[10];
        void Time(int stage, string name, Action run)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            run();
            stages[stage] = (name, stages[stage].Ticks + Stopwatch.GetTimestamp() - start, stages[stage].Bytes + GC.GetAllocatedBytesForCurrentThread() - bytes);
        }

        // Twice: the first pass warms the JIT (tier-1 code), the second is reported.
        for (var pass = 0; pass < 2; pass++)
        {
            Array.Clear(stages);
            samples?.Enable(pass == 1);
            var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                PatientFacts facts = null!;
                PatientView view = null!;
                NRules.ISession session = null!;
                EvaluationResult evaluation = null!;
                RecommendationReport report = null!;
                Time(0, "read facts (JSON, strict mapping)", () => facts = FactsReader.Read(line));
                Time(1, "validate", () => FactsValidator.Validate(facts));
                Time(2, "patient view", () => view = PatientViewBuilder.Build(facts));
                Time(3, "NRules CreateSession", () => session = ruleSet.Compiled.Sessions.CreateSession());
                Time(4, "NRules insert (conditions of the rules)", () =>
                {
                    session.InsertAll(Verdict.All);
                    session.Insert(view);
                });
                Time(5, "NRules Fire (actions, derived facts)", () => session.Fire());
                Time(6, "Evaluator.Evaluate (view to statuses)", () => evaluation = Evaluator.Evaluate(ruleSet.Compiled, facts));
                Time(7, "rank + report object", () => report = Ranker.Rank(ruleSet.Parts, facts, [], evaluation, []));
                Time(8, "compact report JSON", () => ReportJson.SerializeCompact(report));
                Time(9, "a batch worker's whole item (BatchEvaluator)", () => worker.Evaluate(new(i, i + 1, null, raw[i], raw[i].Length + 1)));
            }

            if (pass == 1)
            {
                var frequency = Stopwatch.Frequency / 1e6;
                foreach (var (name, ticks, bytes) in stages)
                {
                    Console.WriteLine($"{name,-48} {ticks / frequency / lines.Length,8:0.0} us {bytes / lines.Length / 1024.0,8:0.0} KB");
                }

                Console.WriteLine($"{lines.Length} patients in {clock.Elapsed.TotalSeconds:0.00} s on one thread (every row above; the NRules rows are Evaluate's own work, timed apart); "
                    + $"GCs gen0 {GC.CollectionCount(0) - gcs.Item1}, gen1 {GC.CollectionCount(1) - gcs.Item2}, gen2 {GC.CollectionCount(2) - gcs.Item3}, "
                    + $"paused {(GC.GetTotalPauseDuration() - gcs.Item4).TotalMilliseconds:0} ms; server GC {System.Runtime.GCSettings.IsServerGC}");
            }
        }

        samples?.Enable(false);
        samples?.Print(20);

        // The real thing in this process, on every core: what the workers and the collector cost together.
        var before = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        var cpu = Environment.CpuUsage.TotalTime;
        var run = Stopwatch.StartNew();
        var summary = CrlmDecision.Cli.Commands.BatchCommand.Run(engine, file, TextWriter.Null, Environment.ProcessorCount, null);
        run.Stop();
        var paused = GC.GetTotalPauseDuration() - before.Item4;
        Console.WriteLine($"crlm batch in process, {Environment.ProcessorCount} workers: {summary.Evaluated} patients in {run.Elapsed.TotalSeconds:0.00} s "
            + $"({summary.Evaluated / run.Elapsed.TotalSeconds:0} patients/s), CPU {(Environment.CpuUsage.TotalTime - cpu).TotalSeconds / run.Elapsed.TotalSeconds * 100:0}%, "
            + $"{(GC.GetTotalAllocatedBytes() - before.Item5) / summary.Evaluated / 1024.0:0} KB allocated per patient; "
            + $"GCs gen0 {GC.CollectionCount(0) - before.Item1}, gen1 {GC.CollectionCount(1) - before.Item2}, gen2 {GC.CollectionCount(2) - before.Item3}, "
            + $"paused {paused.TotalSeconds:0.00} s ({paused / run.Elapsed * 100:0}% of the run)");
    }

    // crlm batch strips the extra keys before the facts reader sees it; here it is done once, untimed.
    private static string StripDecision(string line)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(line)!.AsObject();
        root.Remove("mdtDecision");
        root.Remove("mdtDecisionSource");
        return root.ToJsonString();
    }

    /// <summary>Counts the runtime's GCAllocationTick events by type name.</summary>
    private sealed class AllocationSamples : EventListener
    {
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
        private volatile bool _on;

        public void Enable(bool on) => _on = on;

        public void Print(int top)
        {
            var total = _counts.Values.Sum();
            Console.WriteLine($"allocation samples: {total}; the most frequent types:");
            foreach (var (type, n) in _counts.OrderByDescending(c => c.Value).Take(top))
            {
                Console.WriteLine($"{100.0 * n / total,6:0.0}%  {type}");
            }
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)1); // GC keyword: allocation ticks
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (_on && eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true
                && eventData.PayloadNames?.IndexOf("TypeName") is >= 0 and var at && eventData.Payload?[at] is string type)
            {
                lock (_counts)
                {
                    _counts[type] = _counts.GetValueOrDefault(type) + 1;
                }
            }
        }
    }
}
