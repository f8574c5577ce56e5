using System.Threading.Channels;

namespace CrlmDecision.Cli.Batch;

/// <summary>
/// Runs a cohort through the engine on every core and writes the results in input order, with bounded
/// memory: the reader waits while <see cref="Window"/> items are in flight, whatever the cohort size.
/// </summary>
internal sealed class BatchRunner(BatchEvaluator evaluator, int workers)
{
    /// <summary>Items read but not yet written; bounds memory.</summary>
    public int Window { get; init; } = 1024;

    /// <summary>Evaluates <paramref name="items"/>, calling <paramref name="write"/> for each result in input order.</summary>
    public async Task RunAsync(IEnumerable<BatchItem> items, Action<BatchResult> write, CancellationToken cancel = default)
    {
        // Every item goes to two queues: the work queue (any worker takes it) and the ordered queue (the
        // writer awaits the slots in input order). The bounded ordered queue makes the reader wait.
        var work = Channel.CreateBounded<(BatchItem Item, TaskCompletionSource<BatchResult> Slot)>(
            new BoundedChannelOptions(Window) { SingleWriter = true });
        var ordered = Channel.CreateBounded<TaskCompletionSource<BatchResult>>(
            new BoundedChannelOptions(Window) { SingleWriter = true, SingleReader = true });

        var reader = Task.Run(async () =>
        {
            try
            {
                foreach (var item in items)
                {
                    var slot = new TaskCompletionSource<BatchResult>(TaskCreationOptions.RunContinuationsAsynchronously);
                    await ordered.Writer.WriteAsync(slot, cancel).ConfigureAwait(false);
                    await work.Writer.WriteAsync((item, slot), cancel).ConfigureAwait(false);
                }
            }
            finally
            {
                work.Writer.Complete();
                ordered.Writer.Complete();
            }
        }, cancel);

        var pool = Enumerable.Range(0, Math.Max(1, workers)).Select(_ => Task.Run(async () =>
        {
            await foreach (var (item, slot) in work.Reader.ReadAllAsync(cancel).ConfigureAwait(false))
            {
                try
                {
                    slot.SetResult(evaluator.Evaluate(item));
                }
#pragma warning disable CA1031 // A bug for one patient must surface at its place in the output, not hang the writer.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    slot.SetException(e);
                }
            }
        }, cancel)).ToArray();

        await foreach (var slot in ordered.Reader.ReadAllAsync(cancel).ConfigureAwait(false))
        {
            write(await slot.Task.ConfigureAwait(false));
        }

        await reader.ConfigureAwait(false);
        await Task.WhenAll(pool).ConfigureAwait(false);
    }
}
