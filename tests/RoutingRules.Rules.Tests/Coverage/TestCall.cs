using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace RoutingRules.Rules.Tests.Coverage;

/// <summary>
/// One test case as xUnit would run it, run outside xUnit: a test method and, for a theory row,
/// the row's arguments, on a new instance of the method's class.
/// </summary>
internal sealed record TestCall(MethodInfo Method, object?[] Arguments)
{
    public string Name =>
        $"{Method.ReflectedType!.Name}.{Method.Name}" + (Arguments.Length == 0 ? string.Empty : $"({string.Join(", ", Arguments)})");

    /// <summary>
    /// Runs the test and waits for it. Returns null once the test ran, passed or failed (a failing
    /// test is reported by xUnit's own run of it), or else why it could not be run.
    /// </summary>
    public async Task<string?> RunAsync()
    {
        // No scenario test is a generic theory; one would be listed as not run rather than resolved here.
        if (Method.IsGenericMethodDefinition)
        {
            return $"{Name}: a generic test method is not run by the coverage test";
        }

        var method = Method;
        object?[] arguments;
        object? instance;
        var made = new List<object>();
        try
        {
            arguments = method.ResolveMethodArguments(Reflector.ConvertArguments(Arguments, method.GetParameters().Select(p => p.ParameterType).ToArray()));
            if (Misfit(method, arguments) is { } misfit)
            {
                return $"{Name}: {misfit}";
            }

            instance = method.IsStatic ? null : Construct(method.ReflectedType!, made);
        }
        catch (TargetInvocationException)
        {
            // The test class's (or a fixture's) constructor threw: xUnit reports that test as failed.
            return null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or MissingMethodException or NotSupportedException)
        {
            return $"{Name}: {e.Message}";
        }

        try
        {
            await RunIgnoringItsFailure(method, instance, arguments, made);
            return null;
        }
        finally
        {
            await Release(made);
        }
    }

    // A failing test is reported by xUnit's own run of it; what it routed before failing is recorded all the same.
    private static async Task RunIgnoringItsFailure(MethodInfo method, object? instance, object?[] arguments, List<object> made)
    {
        object? result;
        try
        {
            foreach (var lifetime in made.OfType<IAsyncLifetime>())
            {
                await lifetime.InitializeAsync();
            }

            result = method.Invoke(instance, arguments);
        }
        catch (Exception)
        {
            return; // the test or its set-up failed
        }

        try
        {
            await (result switch
            {
                Task task => task,
                ValueTask valueTask => valueTask.AsTask(),
                _ => Task.CompletedTask,
            });
        }
        catch (Exception)
        {
            // The test failed.
        }
    }

    // Checked before the call, so that whatever the call throws is the test's own failure.
    private static string? Misfit(MethodInfo method, object?[] arguments)
    {
        var parameters = method.GetParameters();
        if (parameters.Length != arguments.Length)
        {
            return $"{arguments.Length} arguments for {parameters.Length} parameters";
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            var (type, argument) = (parameters[i].ParameterType, arguments[i]);
            var fits = argument is null ? !type.IsValueType || Nullable.GetUnderlyingType(type) is not null
                : type.IsInstanceOfType(argument) || (argument == Type.Missing && parameters[i].IsOptional);
            if (!fits)
            {
                return $"argument {i + 1} ({argument ?? "null"}) is not a {type.Name}";
            }
        }

        return null;
    }

    // As xUnit allows: the constructor may ask for the test output and for fixtures. A fixture here
    // is made for each test, not shared by the class's tests, which changes no rule that fires.
    private static object Construct(Type type, List<object> made)
    {
        var constructor = type.GetConstructors().Single();
        foreach (var parameter in constructor.GetParameters())
        {
            made.Add(parameter.ParameterType == typeof(ITestOutputHelper) ? new DiscardedTestOutput() : Activator.CreateInstance(parameter.ParameterType)!);
        }

        var instance = constructor.Invoke([.. made]);
        made.Add(instance);
        return instance;
    }

    // The test instance first, then its fixtures, as xUnit disposes them.
    private static async Task Release(List<object> made)
    {
        for (var i = made.Count - 1; i >= 0; i--)
        {
            try
            {
                if (made[i] is IAsyncLifetime lifetime)
                {
                    await lifetime.DisposeAsync();
                }

                (made[i] as IDisposable)?.Dispose();
            }
            catch (Exception)
            {
                // A clean-up that throws fails that test in xUnit's run; here it must only not stop the others.
            }
        }
    }
}
