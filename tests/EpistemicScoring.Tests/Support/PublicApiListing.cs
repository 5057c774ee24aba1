using System.Reflection;
using System.Text;

namespace EpistemicScoring.Tests.Support;

/// <summary>
/// An assembly's public API as a sorted listing of signatures, one type per block, for the approval tests that
/// compare it with a golden file.
/// </summary>
internal static class PublicApiListing
{
    public static string Describe(Assembly assembly)
    {
        var sb = new StringBuilder();
        foreach (Type type in assembly.GetExportedTypes().OrderBy(t => Name(t), StringComparer.Ordinal))
        {
            var lines = new List<string>();
            string kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : "class";
            sb.Append(kind).Append(' ').Append(Name(type)).Append('\n');
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (MemberInfo m in type.GetMembers(flags))
            {
                string? line = m switch
                {
                    ConstructorInfo c => $"{Name(type)}({Params(c.GetParameters())})",
                    MethodInfo mi when !mi.IsSpecialName && mi.Name != "<Clone>$" => $"{(mi.IsStatic ? "static " : string.Empty)}{Name(mi.ReturnType)} {Name(type)}.{mi.Name}({Params(mi.GetParameters())})",
                    PropertyInfo p => $"{Name(p.PropertyType)} {Name(type)}.{p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : string.Empty)}{(p.SetMethod?.IsPublic == true ? "set; " : string.Empty)}}}",
                    FieldInfo f when type.IsEnum && f.IsStatic => $"{Name(type)}.{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}",
                    FieldInfo f when !type.IsEnum => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{Name(f.FieldType)} {Name(type)}.{f.Name}",
                    _ => null,
                };
                if (line is not null)
                {
                    lines.Add(line);
                }
            }

            lines.Sort(StringComparer.Ordinal);
            foreach (string l in lines)
            {
                sb.Append("    ").Append(l).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string Params(ParameterInfo[] ps) => string.Join(", ", ps.Select(p => $"{(p.IsIn ? "in " : p.IsOut ? "out " : string.Empty)}{Name(p.ParameterType)} {p.Name}"));

    private static string Name(Type t)
    {
        if (t.IsGenericParameter)
        {
            return t.Name;
        }

        if (t.IsByRef)
        {
            return Name(t.GetElementType()!);
        }

        if (t.IsArray)
        {
            return Name(t.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(t) is Type u)
        {
            return Name(u) + "?";
        }

        string name = t.IsNested ? $"{Name(t.DeclaringType!)}.{t.Name}" : $"{t.Namespace}.{t.Name}";
        if (t.IsGenericType)
        {
            int tick = name.IndexOf('`', StringComparison.Ordinal);
            name = (tick >= 0 ? name[..tick] : name) + "<" + string.Join(", ", t.GetGenericArguments().Select(Name)) + ">";
        }

        return name;
    }
}
