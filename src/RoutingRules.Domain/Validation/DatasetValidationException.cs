namespace RoutingRules.Domain.Validation;

/// <summary>Thrown when a write would leave the reference data invalid; nothing was written.</summary>
public sealed class DatasetValidationException : Exception
{
    public DatasetValidationException(IReadOnlyList<ValidationError> errors)
        : base(BuildMessage(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<ValidationError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<ValidationError> errors)
    {
        var shown = string.Join("; ", errors.Take(5));
        return errors.Count > 5 ? $"{errors.Count} validation errors: {shown}; ..." : $"Invalid data: {shown}";
    }
}
