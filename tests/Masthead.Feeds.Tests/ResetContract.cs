using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Masthead.Feeds.Tests;

/// <summary>
/// For objects the parser reuses one after another (entry builders, RSS items, Atom entries): every field is set by
/// reflection, the object is reset, and every field must then be empty again. A field added later and forgotten by
/// the reset fails here.
/// </summary>
internal static class ResetContract
{
    public static void AssertResetClearsEveryField<T>(T instance, Action<T> reset, string resetName)
        where T : class
    {
        var fields = typeof(T).GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        foreach (var field in fields)
        {
            if (field.GetValue(instance) is IList { IsReadOnly: false, IsFixedSize: false } kept)
            {
                // A list the object keeps from one use to the next: filled, it must come back empty.
                kept.Add(RuntimeHelpers.GetUninitializedObject(kept.GetType().GetGenericArguments()[0]));
            }
            else
            {
                field.SetValue(instance, NonDefault(field.FieldType));
            }
        }
        reset(instance);
        foreach (var field in fields)
        {
            var value = field.GetValue(instance);
            var empty = value is null or ICollection { Count: 0 }
                || (field.FieldType.IsValueType && Nullable.GetUnderlyingType(field.FieldType) is null && Equals(Activator.CreateInstance(field.FieldType), value));
            Assert.True(empty, $"{field.Name} survives {resetName}");
        }
    }

    private static object NonDefault(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(bool))
        {
            return true;
        }
        if (underlying == typeof(string))
        {
            return "set";
        }
        return underlying.IsValueType ? Activator.CreateInstance(underlying)! : RuntimeHelpers.GetUninitializedObject(underlying);
    }
}
