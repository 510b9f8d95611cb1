using RoutingRules.Engine.Tests.Facts;

namespace RoutingRules.Engine.Tests;

/// <summary>Compiles rule classes into a session; rules report to the session's recorder fact.</summary>
internal static class Engine
{
    public static ISessionFactory Compile(params Type[] rules)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(rules));
        return repository.Compile();
    }

    public static (ISession Session, Recorder Recorder) Session(params Type[] rules)
    {
        var session = Compile(rules).CreateSession();
        var recorder = new Recorder();
        session.Insert(recorder);
        return (session, recorder);
    }
}
