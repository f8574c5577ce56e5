using System.Reflection;
using CrlmDecision.Cli.Commands;

namespace CrlmDecision.Tests.Safety;

/// <summary>Runs the crlm program in-process (its real entry point) and captures exit code and output.</summary>
internal static class CliRunner
{
    private static readonly Lock Gate = new();

    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var entry = typeof(RecommendCommand).Assembly.EntryPoint!;
        lock (Gate)
        {
            var (oldOut, oldError) = (Console.Out, Console.Error);
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            Console.SetOut(stdout);
            Console.SetError(stderr);
            try
            {
                // An exception the program does not handle escapes here (as TargetInvocationException): in a
                // real process it would be a crash with a stack trace, so the test fails on it.
                var code = (int)entry.Invoke(null, [args])!;
                return (code, stdout.ToString(), stderr.ToString());
            }
            catch (TargetInvocationException e)
            {
                throw new InvalidOperationException($"crlm {string.Join(' ', args)} crashed with {e.InnerException!.GetType().Name}: {e.InnerException.Message}", e.InnerException);
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldError);
            }
        }
    }
}
