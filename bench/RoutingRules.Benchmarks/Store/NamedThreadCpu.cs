using System.Globalization;

namespace RoutingRules.Benchmarks.Store;

/// <summary>
/// The CPU time so far of this process's threads with a given name, from the scheduler's own
/// account (<c>/proc/self/task/*/schedstat</c>, nanoseconds), for threads the benchmark does not
/// run itself, such as the decision log's checkpoint thread. Linux only; 0 elsewhere.
/// </summary>
public static class NamedThreadCpu
{
    public static long Nanoseconds(string threadName)
    {
        var total = 0L;
        if (!Directory.Exists("/proc/self/task"))
        {
            return total;
        }

        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).TrimEnd('\n') == threadName)
                {
                    total += long.Parse(File.ReadAllText(Path.Combine(task, "schedstat")).Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // The thread ended between the listing and the read: it has nothing left to count.
            }
        }

        return total;
    }
}
