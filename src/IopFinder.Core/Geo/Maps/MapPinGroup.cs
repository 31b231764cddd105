namespace IopFinder.Core.Geo.Maps;

/// <summary>Pins whose true positions overlap (a building or a ZIP with several programs); each is still drawn and linked on its own.</summary>
/// <param name="Id">The group's id (0, 1, …), as in <see cref="MapPin.Group"/>.</param>
/// <param name="Centre">The mean of its pins' true positions.</param>
/// <param name="Numbers">Its pins' numbers, ascending.</param>
public sealed record MapPinGroup(int Id, MapPoint Centre, IReadOnlyList<int> Numbers);
