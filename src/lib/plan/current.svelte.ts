// The runner's plan in the browser: the stored plan and the session history, read together, with the
// few things a runner can do to a plan. The rules live in the pure modules beside this one.
import type { Persisted } from '$lib/storage/persisted.svelte';
import type { Session } from '$lib/storage/session-record';
import { createPlan, currentMove, moveTo, reconcile, type Plan, type PlanSession } from './plan';
import { planSessions } from './sessions';
import { trainingDays, type Triage, type Weekday } from './triage';
import { planView, type PlanView } from './view';

/** The stores a `CurrentPlan` reads and writes, handed in so tests can use memory ones. */
export interface PlanStores {
	plan: Persisted<Plan | null>;
	history: Persisted<Session[]>;
}

/** The plan as it stands now, and what the runner can do with it. */
export class CurrentPlan {
	#stores: PlanStores;
	#clock: () => number;
	/** Null until `start`: stored data is read only in the browser, after hydration. */
	now = $state<number | null>(null);

	// Methods, not field initialisers, read the stores: those run before the constructor sets them.
	readonly plan: Plan | null = $derived.by(() => this.#read());
	readonly sessions: PlanSession[] = $derived.by(() => this.#sessions());
	readonly view: PlanView | null = $derived(
		this.plan && this.now !== null ? planView(this.plan, this.sessions, this.now) : null
	);

	constructor(stores: PlanStores, clock: () => number = Date.now) {
		this.#stores = stores;
		this.#clock = clock;
	}

	/** Reads the time, and lets the pain model move the plan down if it says so. */
	start(): void {
		this.now = this.#clock();
		const plan = this.#stores.plan.value;
		if (!plan) return;
		const reconciled = reconcile(plan, this.sessions);
		if (reconciled !== plan) this.#stores.plan.value = reconciled;
	}

	/** Builds a plan from accepted answers (see `problems` in ./triage.ts). */
	create(triage: Triage): void {
		const now = this.#clock();
		this.now = now;
		this.#stores.plan.value = createPlan({ ...triage, days: trainingDays(triage.days) }, now);
	}

	/** Moves up a stage; only when the stage was earned. */
	moveUp(): void {
		if (!this.plan || !this.view?.status.earned) return;
		this.#move(currentMove(this.plan).stage + 1, 'up');
	}

	/** Moves to an easier stage, which the runner may always do. */
	chooseEasier(stage: number): void {
		if (!this.plan || stage >= currentMove(this.plan).stage) return;
		this.#move(stage, 'easier');
	}

	/** Changes the training days (none: the suggested three). */
	setDays(days: readonly Weekday[]): void {
		this.#change({ days: trainingDays(days) });
	}

	/** Changes the reminder's time, `HH:MM`. */
	setReminder(time: string): void {
		if (/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) this.#change({ reminder: time });
	}

	/** Deletes the plan; the session history stays. */
	remove(): void {
		this.#stores.plan.value = null;
	}

	#read(): Plan | null {
		return this.now === null ? null : this.#stores.plan.value;
	}

	#sessions(): PlanSession[] {
		return planSessions(this.#stores.history.value);
	}

	#move(stage: number, why: 'up' | 'easier'): void {
		const now = this.#clock();
		this.now = now;
		this.#stores.plan.value = moveTo(this.plan!, stage, why, this.sessions, now);
	}

	#change(triage: Partial<Triage>): void {
		const plan = this.#stores.plan.value;
		if (plan) this.#stores.plan.value = { ...plan, triage: { ...plan.triage, ...triage } };
	}
}
