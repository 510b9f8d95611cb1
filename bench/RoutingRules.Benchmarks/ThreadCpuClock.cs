using System.Runtime.InteropServices;

namespace RoutingRules.Benchmarks;

/// <summary>
/// The calling thread's own CPU time (CLOCK_THREAD_CPUTIME_ID), for the quick checks that time one
/// thread's work: other processes on the cores do not inflate it as they do a stopwatch.
/// </summary>
public static class ThreadCpuClock
{
    private const int ThreadCpuClockId = 3;

    public static long Nanoseconds()
    {
        if (ClockGetTime(ThreadCpuClockId, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed.");
        }

        return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
