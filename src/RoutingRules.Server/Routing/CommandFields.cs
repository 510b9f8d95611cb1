using RoutingRules.Domain.Validation;

namespace RoutingRules.Server.Routing;

/// <summary>
/// The checks of the id and text fields of the calls that act on a lead's decision (AcknowledgeLead,
/// AssignLead): present when required, not blank when set, no longer than any id or label
/// (<see cref="TextLimits.MaxText"/>); at most one violation per field.
/// </summary>
internal static class CommandFields
{
    /// <param name="errors">Where a violation goes.</param>
    /// <param name="field">The field's name on the wire.</param>
    /// <param name="value">Its value; null when the field is absent.</param>
    /// <param name="required">Absent or blank is refused.</param>
    /// <param name="oneLine">
    /// Free text printed in one line (a reason, a name): a line break or another control character is
    /// refused, as it would break the CLI's and the explanations' lines.
    /// </param>
    public static void Check(List<(string Field, string Description)> errors, string field, string? value, bool required, bool oneLine = false)
    {
        if (value is null || (required && string.IsNullOrWhiteSpace(value)))
        {
            if (required)
            {
                errors.Add((field, "is required"));
            }
        }
        else if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add((field, "must not be blank when set"));
        }
        else if (value.Length > TextLimits.MaxText)
        {
            errors.Add((field, TextLimits.TooLong(TextLimits.MaxText, value.Length)));
        }
        else if (oneLine && value.Any(char.IsControl))
        {
            errors.Add((field, "must be one line without control characters"));
        }
    }
}
