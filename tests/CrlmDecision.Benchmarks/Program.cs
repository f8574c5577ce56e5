using System.Globalization;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/CrlmDecision.Benchmarks -- --filter '*EvaluationBenchmarks*'   (per patient)
// dotnet run -c Release --project tests/CrlmDecision.Benchmarks -- --filter '*LoadBenchmarks*'         (warm load)
// dotnet run -c Release --project tests/CrlmDecision.Benchmarks -- first-load [phases]   (one load in this fresh process; first-load.sh N repeats it)
// dotnet run -c Release --project tests/CrlmDecision.Benchmarks -- handwritten-check [generated] [seed]   (HandWritten agrees with the library)
// dotnet run -c Release --project tests/CrlmDecision.Benchmarks -- batch-profile FILE [N] [types]   (a crlm batch patient, stage by stage; types: the most allocated types)
// dotnet run -c Release --project tests/CrlmDecision.Benchmarks -- service-load [clients] [requests] [examples|cohort] [warm-seconds] [url]   (POST /recommendations; the service in its own process unless url)
if (args is ["first-load", ..])
{
    CrlmDecision.Benchmarks.FirstLoad.Run(phases: args is [_, "phases"]);
    return;
}

if (args is ["handwritten-check", ..])
{
    Environment.ExitCode = CrlmDecision.Benchmarks.HandWrittenCheck.Run(args);
    return;
}

if (args is ["batch-profile", var cohort, ..])
{
    CrlmDecision.Benchmarks.BatchProfile.Run(cohort, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20_000, args.Contains("types"));
    return;
}

if (args is ["service-load", ..])
{
    Environment.ExitCode = await CrlmDecision.Benchmarks.ServiceLoad.Run(
        clients: args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 16,
        requests: args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20_000,
        mix: args.Length > 3 ? args[3] : "examples",
        examplesDirectory: Path.Combine("docs", "examples"),
        warmSeconds: args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 30,
        url: args.Length > 5 ? args[5] : null);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(CrlmDecision.Benchmarks.EvaluationBenchmarks).Assembly).Run(args);
