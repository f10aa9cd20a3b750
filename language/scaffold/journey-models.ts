/**
 * The two phase models of the seed articles a first journey can start from: the four stages
 * of the classic funnel, and the five phases of the Dutch "klantreis" (oriëntatie, overweging,
 * aankoop, levering en gebruik, loyaliteit). Each phase gets one example touchpoint, so the
 * scaffolded journey is a complete, checkable map from the first minute.
 */
export const JOURNEY_MODELS = ['five-phases', 'four-stages'] as const;
export type JourneyModel = (typeof JOURNEY_MODELS)[number];

export interface ModelPhase {
    name: string;
    title: string;
    goal: string;
    touchpoint: ModelTouchpoint;
}

export interface ModelTouchpoint {
    name: string;
    title: string;
    /** A channel of the scaffolded catalog (see scaffold-files.ts). */
    channel: 'Search' | 'ReviewSite' | 'Website' | 'Email' | 'Store' | 'Carrier';
    senses: string;
    owner: 'Marketing' | 'Sales' | 'CustomerCare' | 'Logistics';
    score: number;
    action: string;
    thought: string;
    pain?: string;
    opportunity?: string;
    wow?: string;
}

const orientation: ModelPhase = {
    name: 'Orientation',
    title: 'Orientation',
    goal: 'Understand the problem and find out who can solve it',
    touchpoint: {
        name: 'SearchResult',
        title: 'Finds us in a search engine',
        channel: 'Search',
        senses: 'visual',
        owner: 'Marketing',
        score: 3,
        action: 'Searches for a solution to the problem',
        thought: 'Who else has had this problem?',
    },
};

const consideration: ModelPhase = {
    name: 'Consideration',
    title: 'Consideration',
    goal: 'Compare the options and choose one',
    touchpoint: {
        name: 'Reviews',
        title: 'Reads reviews of other customers',
        channel: 'ReviewSite',
        senses: 'visual',
        owner: 'Marketing',
        score: 4,
        action: 'Filters the reviews on the ones with photos',
        thought: 'Do people like me recommend them?',
    },
};

const purchase: ModelPhase = {
    name: 'Purchase',
    title: 'Purchase',
    goal: 'Buy without obstacles, paying the way the customer wants',
    touchpoint: {
        name: 'Checkout',
        title: 'Pays on the website',
        channel: 'Website',
        senses: 'visual',
        owner: 'Sales',
        score: 3,
        action: 'Fills in the address and pays',
        thought: 'Why are the delivery costs only shown now?',
        pain: 'The delivery costs appear in the last step',
        opportunity: 'Show the delivery costs next to the price',
    },
};

const delivery: ModelPhase = {
    name: 'DeliveryAndUse',
    title: 'Delivery and use',
    goal: 'Receive the product on time and get it working',
    touchpoint: {
        name: 'Delivery',
        title: 'Receives the parcel',
        channel: 'Carrier',
        senses: 'visual, tactile',
        owner: 'Logistics',
        score: 4,
        action: 'Opens the box and checks the contents',
        thought: 'Everything is there, and well packed',
    },
};

const loyalty: ModelPhase = {
    name: 'Loyalty',
    title: 'Loyalty',
    goal: 'Come back, and recommend us to others',
    touchpoint: {
        name: 'FollowUp',
        title: 'Gets a follow-up email with tips',
        channel: 'Email',
        senses: 'visual',
        owner: 'CustomerCare',
        score: 4,
        action: 'Reads the tips for getting more out of the product',
        thought: 'They still care after I paid',
        wow: 'The tips are about exactly the product that was bought',
    },
};

/** The four stages name the last one retention; its touchpoint is the follow-up after the sale. */
const retention: ModelPhase = { ...loyalty, name: 'Retention', title: 'Retention', goal: 'Stay a customer and buy again' };
const awareness: ModelPhase = { ...orientation, name: 'Awareness', title: 'Awareness', goal: 'Become aware of a need and of us' };

export const MODEL_PHASES: Record<JourneyModel, readonly ModelPhase[]> = {
    'four-stages': [awareness, consideration, purchase, retention],
    'five-phases': [orientation, consideration, purchase, delivery, loyalty],
};

export const MODEL_TITLES: Record<JourneyModel, string> = {
    'four-stages': 'the four stages: awareness, consideration, purchase, retention',
    'five-phases': 'the five phases: orientation, consideration, purchase, delivery and use, loyalty',
};
