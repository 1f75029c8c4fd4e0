/** What a share card says: data in, and render.ts draws it. */
export interface ShareCard {
	siteName: string;
	/** "Article", "Summary" … */
	label: string;
	title: string;
	/** The date line, already formatted in the page's language. */
	footer: string;
}

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };

const element = (type: string, style: Record<string, unknown>, children: Node['props']['children']): Node => ({
	type,
	props: { style, children },
});

/** Long titles get a smaller type size so that they fit the card. */
export function titleSize(title: string): number {
	if (title.length <= 50) return 68;
	if (title.length <= 90) return 56;
	if (title.length <= 140) return 46;
	return 38;
}

/** The card's layout, as the element tree satori lays out. */
export function shareCardTree(card: ShareCard): Node {
	const { width, height } = SHARE_IMAGE_SIZE;
	const content = element(
		'div',
		{
			flexGrow: 1,
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: '56px 72px',
		},
		[
			element('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: '#9b1c1c' }, card.siteName),
			element('div', { display: 'flex', flexDirection: 'column' }, [
				element('div', { display: 'flex', fontSize: 26, fontWeight: 700, letterSpacing: 2, color: '#595650' }, card.label.toUpperCase()),
				element('div', { display: 'flex', fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.15, marginTop: 16 }, card.title),
			]),
			element('div', { display: 'flex', fontSize: 28, color: '#595650' }, card.footer),
		],
	);
	return element('div', { width, height, display: 'flex', background: '#fdfcfa', color: '#1c1b1a', fontFamily: 'Noto Sans' }, [
		element('div', { width: 24, height, flexShrink: 0, background: '#9b1c1c' }, []),
		content,
	]);
}
