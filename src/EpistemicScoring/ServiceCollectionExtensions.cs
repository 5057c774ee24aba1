using EpistemicScoring;
using EpistemicScoring.Rules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EpistemicScoring
{
    /// <summary>Adds what <see cref="Microsoft.Extensions.DependencyInjection.EpistemicScoringServiceCollectionExtensions.AddEpistemicScoring(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{EpistemicScoringOptions}?)"/> returns: custom rules.</summary>
    public interface IEpistemicScoringBuilder
    {
        /// <summary>The service collection.</summary>
        Microsoft.Extensions.DependencyInjection.IServiceCollection Services { get; }

        /// <summary>Adds a rule resolved from the container (it may take dependencies); one registration per type.</summary>
        /// <typeparam name="TRule">The rule type.</typeparam>
        /// <returns>This builder.</returns>
        IEpistemicScoringBuilder AddRule<TRule>()
            where TRule : class, IRule;
    }

    /// <summary>
    /// The registration's first home. The extension method now lives in
    /// <c>Microsoft.Extensions.DependencyInjection</c>, where every other library's <c>AddX</c> is found; this static
    /// method forwards to it, so code that called it by its class name keeps working.
    /// </summary>
    public static class ServiceCollectionExtensions
    {
        /// <summary>Forwards to <see cref="Microsoft.Extensions.DependencyInjection.EpistemicScoringServiceCollectionExtensions.AddEpistemicScoring(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{EpistemicScoringOptions}?)"/>.</summary>
        /// <param name="services">The service collection.</param>
        /// <param name="configure">Edits the options; may be null.</param>
        /// <returns>A builder for custom rules.</returns>
        [Obsolete("Call services.AddEpistemicScoring(...) with 'using Microsoft.Extensions.DependencyInjection;'.")]
        public static IEpistemicScoringBuilder AddEpistemicScoring(Microsoft.Extensions.DependencyInjection.IServiceCollection services, Action<EpistemicScoringOptions>? configure = null) =>
            Microsoft.Extensions.DependencyInjection.EpistemicScoringServiceCollectionExtensions.AddEpistemicScoring(services, configure);
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>Registers the scorer with Microsoft.Extensions.DependencyInjection.</summary>
    public static class EpistemicScoringServiceCollectionExtensions
    {
        /// <summary>
        /// Registers <see cref="EpistemicScorer"/> (and <see cref="IEpistemicScorer"/>, the same instance) as a singleton
        /// built from the default rules, the rules added with <see cref="IEpistemicScoringBuilder.AddRule{TRule}"/>, and
        /// <paramref name="configure"/>. Calling it again adds the new configuration to the same registration.
        /// </summary>
        /// <param name="services">The service collection.</param>
        /// <param name="configure">Edits the options; may be null.</param>
        /// <returns>A builder for custom rules.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
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
                services.TryAddSingleton<IEpistemicScorer>(static sp => sp.GetRequiredService<EpistemicScorer>());
            }

            if (configure is not null)
            {
                registration.Configure.Add(configure);
            }

            return new Builder(services);
        }

        /// <summary>
        /// Registers the scorer with options bound from <paramref name="configuration"/> (for example the section
        /// <c>"EpistemicScoring"</c> of appsettings.json, in the shape of <see cref="EpistemicScoringOptions"/>), then
        /// <paramref name="configure"/>. A key that names no option is an error when the scorer is first resolved.
        /// </summary>
        /// <param name="services">The service collection.</param>
        /// <param name="configuration">The configuration section holding the options.</param>
        /// <param name="configure">Further edits; may be null.</param>
        /// <returns>A builder for custom rules.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is null.</exception>
        public static IEpistemicScoringBuilder AddEpistemicScoring(this IServiceCollection services, IConfiguration configuration, Action<EpistemicScoringOptions>? configure = null)
        {
            ArgumentNullException.ThrowIfNull(services);
            ArgumentNullException.ThrowIfNull(configuration);
            services.AddEpistemicScoring(o => configuration.Bind(o, static b => b.ErrorOnUnknownConfiguration = true));
            return services.AddEpistemicScoring(configure);
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
}
