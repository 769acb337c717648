// The stores that make up the user's data, as export, import and kept copies see them. Apart from
// the stores themselves so that only the page that exports (/settings) loads every one of them.
import type { Plan } from '$lib/plan/plan';
import type { Routine } from '$lib/routines/types';
import { favorites } from './favorites.svelte';
import { formChecks, type FormCheckRecord } from './form-checks.svelte';
import { myRoutines } from './my-routines.svelte';
import type { Persisted } from './persisted.svelte';
import { planStore } from './plan.svelte';
import type { Favorite } from './records';
import type { Session } from './session-record';
import type { Settings } from './settings-record';
import { history, settings } from './stores.svelte';

/** The six stores that make up the user's data. */
export interface UserStores {
	favorites: Persisted<Favorite[]>;
	routines: Persisted<Routine[]>;
	history: Persisted<Session[]>;
	settings: Persisted<Settings>;
	formChecks: Persisted<FormCheckRecord[]>;
	plan: Persisted<Plan | null>;
}

/** All six of the app's user stores. */
export const userStores: UserStores = {
	favorites,
	routines: myRoutines,
	history,
	settings,
	formChecks,
	plan: planStore
};
