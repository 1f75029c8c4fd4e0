/**
 * Plain links to each service's own share address: nothing is loaded from any of them until a
 * reader clicks. Mastodon has no central server, so its link goes to Share₂Fedi, which asks the
 * reader for their instance.
 */
export interface ShareLink {
	service: string;
	href: string;
}

export function shareLinks(pageUrl: string, title: string, emailLabel: string): ShareLink[] {
	const url = encodeURIComponent(pageUrl);
	const text = encodeURIComponent(title);
	const both = encodeURIComponent(`${title} ${pageUrl}`);
	return [
		{ service: 'WhatsApp', href: `https://wa.me/?text=${both}` },
		{ service: 'Telegram', href: `https://t.me/share/url?url=${url}&text=${text}` },
		{ service: 'Mastodon', href: `https://s2f.kytta.dev/?text=${both}` },
		{ service: 'Bluesky', href: `https://bsky.app/intent/compose?text=${both}` },
		{ service: 'X', href: `https://x.com/intent/post?text=${text}&url=${url}` },
		{ service: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${url}` },
		{ service: emailLabel, href: `mailto:?subject=${text}&body=${url}` },
	];
}
