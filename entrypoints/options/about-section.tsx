import { browser } from 'wxt/browser';
import { SOURCE } from '../../lib/reflections';

const TEXT = {
  title: 'About',
  what:
    'Attune notices long stretches alone at the screen and, at a good moment, offers a short reflection ' +
    'on why connection matters and an easy way to reach someone you trust.',
  isNot:
    'It is a gentle nudge, not a blocker. It never contacts anyone by itself, keeps no streaks, and ' +
    'sends nothing anywhere: everything stays in your browser.',
  notCrisis: 'Attune is not a crisis service. If you are in crisis, in the US',
  call: 'call 988',
  or: 'or',
  text: 'text 988',
  elsewhere: '; elsewhere,',
  helpline: 'find a helpline near you',
  credit: 'The reflections come from',
  by: 'by',
  welcome: 'Open the welcome tour again',
} as const;

/** What Attune is and is not, where its words come from, and where to get help now. */
export function AboutSection() {
  return (
    <section class="card" aria-labelledby="about-title">
      <h2 id="about-title">{TEXT.title}</h2>
      <p>{TEXT.what}</p>
      <p>{TEXT.isNot}</p>
      <p>
        {TEXT.credit}{' '}
        <a href={SOURCE.url} target="_blank" rel="noreferrer">
          <cite>{SOURCE.title}</cite>
        </a>{' '}
        {TEXT.by} {SOURCE.author}.
      </p>
      <p>
        {TEXT.notCrisis} <a href="tel:988">{TEXT.call}</a> {TEXT.or} <a href="sms:988">{TEXT.text}</a>
        {TEXT.elsewhere}{' '}
        <a href="https://findahelpline.com" target="_blank" rel="noreferrer">
          {TEXT.helpline}
        </a>
        .
      </p>
      <p>
        <a href={browser.runtime.getURL('/welcome.html')}>{TEXT.welcome}</a>
      </p>
    </section>
  );
}
