namespace VaDrafting.Core.Consultation;

/// <summary>
/// A consultation value or operation that breaks a rule: text too long or with forbidden characters, dates in the
/// wrong order, an operation that the current state does not allow. Nothing is changed when it is thrown.
/// </summary>
public sealed class ConsultationException(string message) : Exception(message);
