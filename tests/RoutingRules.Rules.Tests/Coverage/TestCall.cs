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
        MethodInfo method;
        object?[] arguments;
        object? instance;
        var made = new List<object>();
        try
        {
            method = Method.IsGenericMethodDefinition
                ? Method.MakeGenericMethod(Reflector.Wrap(Method).ResolveGenericTypes(Arguments).Select(t => ((IReflectionTypeInfo)t).Type).ToArray())
                : Method;
            arguments = method.ResolveMethodArguments(Reflector.ConvertArguments(Arguments, method.GetParameters().Select(p => p.ParameterType).ToArray()));
            instance = method.IsStatic ? null : Construct(method.ReflectedType!, made);
        }
        catch (TargetInvocationException)
        {
            return null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or MissingMethodException or NotSupportedException)
        {
            return $"{Name}: {e.Message}";
        }

        try
        {
            return await Invoke(method, instance, arguments, made);
        }
        finally
        {
            await Release(made);
        }
    }

    private async Task<string?> Invoke(MethodInfo method, object? instance, object?[] arguments, List<object> made)
    {
        Task running;
        try
        {
            foreach (var lifetime in made.OfType<IAsyncLifetime>())
            {
                await lifetime.InitializeAsync();
            }

            running = method.Invoke(instance, arguments) switch
            {
                Task task => task,
                ValueTask valueTask => valueTask.AsTask(),
                _ => Task.CompletedTask,
            };
        }
        catch (Exception e) when (e is TargetParameterCountException or ArgumentException)
        {
            // Thrown by Invoke itself, before the test runs: the row's arguments do not fit the method.
            return $"{Name}: {e.Message}";
        }
        catch (TargetInvocationException)
        {
            return null;
        }

        try
        {
            await running;
        }
        catch (Exception)
        {
            // The test failed: its own xUnit run reports it; what it routed before failing is recorded.
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
