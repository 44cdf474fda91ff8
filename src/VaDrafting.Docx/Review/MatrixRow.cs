namespace VaDrafting.Docx.Review;

/// <summary>
/// One row of a comment matrix as it is exported: the comment's number, the organisation, the section heading and the
/// passage commented on, the comment's type and text, the proposed change, and the coordinators' response and disposition.
/// </summary>
public sealed record MatrixRow(int Number, string Organisation, string Section, string Passage, string Type,
    string Comment, string? ProposedChange, string? Response, string? Disposition);
