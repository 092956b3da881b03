/**
 * Replaces the app container with a plain message and a reload button when start-up fails
 * (typically a locale or code chunk lost on a weak connection). Plain DOM: React or i18n may be
 * exactly what failed to arrive, so the text is given in every language at once.
 */
export function showStartupError(container: HTMLElement, message: string, retryLabel: string) {
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.className = 'rv-state rv-state--error';
  const text = document.createElement('p');
  text.textContent = message;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'rv-button rv-button--secondary';
  button.textContent = retryLabel;
  button.addEventListener('click', () => window.location.reload());
  box.append(text, button);
  container.replaceChildren(box);
}
