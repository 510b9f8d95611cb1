using System.Linq.Expressions;
using RoutingRules.Engine.Model;

namespace RoutingRules.Engine.Compilation;

/// <summary>A DSL lambda whose variable reads are declaration parameters, and the declarations it reads.</summary>
internal sealed record RewrittenLambda(LambdaExpression Lambda, Declaration[] Uses)
{
    public string Text => Lambda.ToString();
}
