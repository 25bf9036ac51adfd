import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { CrisisFooter } from '../../components/crisis-footer';
import { daysSinceStart, SUMMARY_DAYS, summarise, weeksSinceStart } from '../../lib/history/insights';
import { localDayKey, type Stats } from '../../lib/history/stats';
import { DataActions } from './data-actions';
import { readStats, watchStats } from './io';
import { DaysSection, WeeksSection } from './periods';
import { insightsLocale, summaryWords } from './words';

const WEEKS = 12;

/**
 * The Insights page: the last 7 days and 12 weeks (from the first day Attune counted), in words,
 * bars with connection moments beside them, and tables; export and clear.
 */
export function App({ now = Date.now }: { now?: () => number }) {
  const [stats, setStats] = useState<Stats | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = i18n.t('insights.title');
    heading.current?.focus();
    let live = true;
    const stop = watchStats((next) => setStats(next));
    void readStats().then((read) => {
      if (live) setStats(read);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);

  const todayKey = localDayKey(now());
  const locale = useMemo(insightsLocale, []);
  const empty = stats !== null && Object.keys(stats).length === 0;

  return (
    <>
      <main>
        <h1 ref={heading} tabIndex={-1}>
          {i18n.t('insights.title')}
        </h1>
        <p class="muted">{i18n.t('insights.intro')}</p>
        <section class="card" aria-labelledby="summary-title" aria-live="polite">
          <h2 id="summary-title">{i18n.t('insights.summary_title')}</h2>
          {stats === null ? (
            <p class="muted">{i18n.t('insights.loading')}</p>
          ) : (
            summarise(stats, todayKey, summaryWords()).map((line) => (
              <p class="summary" key={line}>
                {line}
              </p>
            ))
          )}
          {empty && <p>{i18n.t('insights.empty_what')}</p>}
        </section>
        {stats !== null && !empty && (
          <>
            <DaysSection days={daysSinceStart(stats, todayKey, SUMMARY_DAYS)} locale={locale} />
            <WeeksSection weeks={weeksSinceStart(stats, todayKey, WEEKS)} locale={locale} />
          </>
        )}
        {stats !== null && <DataActions stats={stats} todayKey={todayKey} />}
      </main>
      <CrisisFooter full />
    </>
  );
}
