using EpistemicScoring.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EpistemicScoring;

/// <summary>Adds what <see cref="ServiceCollectionExtensions.AddEpistemicScoring"/> returns: custom rules.</summary>
public interface IEpistemicScoringBuilder
{
    /// <summary>The service collection.</summary>
    IServiceCollection Services { get; }

    /// <summary>Adds a rule resolved from the container (it may take dependencies); one registration per type.</summary>
    /// <typeparam name="TRule">The rule type.</typeparam>
    /// <returns>This builder.</returns>
    IEpistemicScoringBuilder AddRule<TRule>()
        where TRule : class, IRule;
}

/// <summary>Registers the scorer with Microsoft.Extensions.DependencyInjection.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="EpistemicScorer"/> as a singleton built from the default rules, the rules added with
    /// <see cref="IEpistemicScoringBuilder.AddRule{TRule}"/>, and <paramref name="configure"/>. Calling it again
    /// adds the new configuration to the same registration.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Edits the options; may be null.</param>
    /// <returns>A builder for custom rules.</returns>
    public static IEpistemicScoringBuilder AddEpistemicScoring(this IServiceCollection services, Action<EpistemicScoringOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        Registration? registration = null;
        foreach (ServiceDescriptor d in services)
        {
            if (d.ServiceType == typeof(Registration) && d.ImplementationInstance is Registration r)
            {
                registration = r;
                break;
            }
        }

        if (registration is null)
        {
            registration = new Registration();
            services.AddSingleton(registration);
            services.TryAddSingleton(static sp =>
            {
                var reg = sp.GetRequiredService<Registration>();
                EpistemicScorerBuilder builder = EpistemicScorer.CreateBuilder();
                foreach (Action<EpistemicScoringOptions> action in reg.Configure)
                {
                    builder.Configure(action);
                }

                foreach (IRule rule in sp.GetServices<IRule>())
                {
                    builder.AddRule(rule);
                }

                return builder.Build();
            });
        }

        if (configure is not null)
        {
            registration.Configure.Add(configure);
        }

        return new Builder(services);
    }

    private sealed class Registration
    {
        public List<Action<EpistemicScoringOptions>> Configure { get; } = [];
    }

    private sealed class Builder(IServiceCollection services) : IEpistemicScoringBuilder
    {
        public IServiceCollection Services { get; } = services;

        public IEpistemicScoringBuilder AddRule<TRule>()
            where TRule : class, IRule
        {
            Services.TryAddEnumerable(ServiceDescriptor.Singleton<IRule, TRule>());
            return this;
        }
    }
}
