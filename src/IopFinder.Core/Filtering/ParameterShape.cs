namespace IopFinder.Core.Filtering;

/// <summary>The shape of a filter's query parameter (<see cref="ParameterSchema"/>).</summary>
public enum ParameterShape
{
    /// <summary>Any of some ids: the parameter repeated, or its values separated by commas.</summary>
    Values,
    /// <summary>One number in a range.</summary>
    Number,
    /// <summary>Free text up to a length.</summary>
    Text,
    /// <summary>true asks, false or absent does not.</summary>
    Flag,
}
