using RoutingRules.Engine.Model;

namespace RoutingRules.Engine.Compilation;

/// <summary>The state of building one Or-branch of a rule: which variables are bound where.</summary>
internal sealed class BranchContext(RuleDefinition rule, DeclarationRewriter rewriter, Dictionary<Declaration, int> positions, List<RuleElement> elements)
{
    public RuleDefinition Rule { get; } = rule;
    public Dictionary<Declaration, int> Positions { get; } = positions;
    public int Depth { get; set; }

    public RewrittenLambda Rewrite(System.Linq.Expressions.LambdaExpression lambda, string what)
    {
        var rewritten = rewriter.Rewrite(lambda);
        CheckBound(rewritten, what);
        return rewritten;
    }

    public void CheckBound(RewrittenLambda lambda, string what)
    {
        foreach (var declaration in lambda.Uses)
        {
            if (Positions.ContainsKey(declaration))
            {
                continue;
            }

            var later = elements.Any(e => e switch
            {
                PatternElement p => p.Declaration == declaration,
                AggregateElement a => a.Declaration == declaration,
                LetElement l => l.Declaration == declaration,
                _ => false,
            });
            var problem = later ? "before it is bound (it is bound by a later element)" : "which this rule (or this Or-branch of it) never binds";
            throw new RuleDefinitionException(Rule.Name, $"{what} '{lambda.Text}' uses variable '{declaration.Name}' {problem}");
        }
    }
}
